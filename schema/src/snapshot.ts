import type { ProviderKind } from './enums';
import type { HarvestedOffering } from './offering';

/**
 * The contract between a harvest and the catalogue: everything one successful harvest of one feed
 * found. The catalogue applies it in one transaction; items missing from it are withdrawn.
 */
export interface FeedSnapshot {
  feedId: string;
  providerId: string;
  /** The feed's URL, recorded as each offering's source. */
  feedUrl: string;
  harvestedAt: Date;
  offerings: HarvestedOffering[];
}

export interface IngestCounts {
  added: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
}

/** What the catalogue keeps of a provider, to search by its name and filter by its kind. */
export interface ProviderSummary {
  id: string;
  name: string;
  kind: ProviderKind;
}

/** The catalogue's ingest interface, as the feeds subgraph and the composition root see it. */
export interface SnapshotIngest {
  applyFeedSnapshot(snapshot: FeedSnapshot): IngestCounts | Promise<IngestCounts>;
  /** Withdraws everything a feed brought, as when the feed is removed. */
  withdrawFeed(feedId: string, at: Date): number | Promise<number>;
  /** Brings the catalogue's copy of the providers (names, kinds) up to date. */
  indexProviders(providers: readonly ProviderSummary[]): void | Promise<void>;
}
