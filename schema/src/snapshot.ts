import { z } from 'zod';
import type { ProviderKind } from './enums';
import { harvestedOfferingSchema, type HarvestedOffering } from './offering';

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
  /**
   * Hold the snapshot, writing nothing, if it would withdraw most of the feed's offerings still
   * ahead (WITHDRAWAL_HOLD_SHARE). Harvests ask for it unless the partner or an admin confirmed the
   * withdrawal; a tool that sets a feed's offerings outright does not.
   */
  holdWithdrawals?: boolean;
}

export interface IngestCounts {
  added: number;
  updated: number;
  unchanged: number;
  withdrawn: number;
  /** Nothing was written: the snapshot would have withdrawn too many of the feed's offerings still ahead (the counts say what it would have done). */
  held: boolean;
}

/**
 * A snapshot that would withdraw more than this share of a feed's offerings still ahead (at least
 * two of them, or the last one left) is held rather than applied: a feed that suddenly yields
 * nothing is more often broken than emptied, and its offerings stay until the partner confirms.
 * Offerings whose dates are all over may go freely: that is how a feed forgets its past.
 */
export const WITHDRAWAL_HOLD_SHARE = 0.5;

/** Whether a snapshot withdrawing `goneAhead` of a feed's `liveAhead` offerings still ahead, and keeping `kept` offerings, is held. */
export function withdrawalHeld(goneAhead: number, liveAhead: number, kept: number): boolean {
  return goneAhead > WITHDRAWAL_HOLD_SHARE * liveAhead && (goneAhead >= 2 || kept === 0);
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

/** The most offerings one snapshot may carry over the wire: far above any partner's feed, far below what would exhaust memory. */
export const MAX_SNAPSHOT_OFFERINGS = 200_000;

const snapshotDocumentSchema = z.object({
  feedId: z.string().min(1).max(200),
  providerId: z.string().min(1).max(200),
  feedUrl: z.string().min(1).max(4096),
  harvestedAt: z.iso.datetime({ offset: true }),
  offerings: z.array(harvestedOfferingSchema).max(MAX_SNAPSHOT_OFFERINGS),
  holdWithdrawals: z.boolean().default(false),
});

/** A snapshot as it travels between services: JSON, its instant as an ISO string. */
export type FeedSnapshotDocument = z.input<typeof snapshotDocumentSchema>;

export function snapshotDocument(snapshot: FeedSnapshot): FeedSnapshotDocument {
  return { ...snapshot, harvestedAt: snapshot.harvestedAt.toISOString() };
}

/** A snapshot received from another service, checked against the offering model; the reasons it fails otherwise. */
export function readSnapshotDocument(value: unknown): { ok: true; snapshot: FeedSnapshot } | { ok: false; problems: string[] } {
  const result = snapshotDocumentSchema.safeParse(value);
  if (!result.success) return { ok: false, problems: result.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || 'snapshot'}: ${issue.message}`) };
  return { ok: true, snapshot: { ...result.data, harvestedAt: new Date(result.data.harvestedAt) } };
}
