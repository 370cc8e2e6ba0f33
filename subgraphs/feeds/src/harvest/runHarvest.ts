import { harvestFeed, type HarvestResult } from '@campus/harvesters';
import type { FeedDefaults, FeedFormat, SnapshotIngest } from '@campus/schema';
import type { FeedSources } from './feedSources';

/** A feed as the feeds table keeps it: what a harvest needs to know of it. */
export interface StoredFeed {
  feedId: string;
  providerId: string;
  /** As stored: a demo feed's is `{demoFeeds}/…`. */
  url: string;
  format: FeedFormat | null;
  defaults: FeedDefaults;
  validators: { etag: string | null; lastModified: string | null };
  contentHash: string | null;
  /** Hold a harvest that would withdraw most of the feed's offerings still ahead: false once the partner confirmed. */
  holdWithdrawals: boolean;
}

/** Runs one harvest of a feed; `stop` ends it before it writes. */
export type HarvestRunner = (feed: StoredFeed, stop?: AbortSignal) => Promise<HarvestResult>;

/** Harvests on the calling thread, fetching through `sources` and writing through `ingest`. */
export function harvestHere(sources: FeedSources, ingest: SnapshotIngest, horizonMonths: number, now: () => Date = () => new Date()): HarvestRunner {
  return async (feed, stop) => {
    const source = sources.source(feed.url);
    if (!source) return { outcome: 'FAILED', error: 'this is a bundled demo feed, and no demo feed server runs here', warnings: [], retryAfterSeconds: null, durationMs: 0 };
    return harvestFeed({ ...feed, url: source.url }, { fetcher: source.fetcher, ingest, now, horizonMonths, ...(stop ? { stop } : {}) });
  };
}
