import { createHash } from 'node:crypto';
import { HOME_TIME_ZONE, type FeedDefaults, type FeedFormat, type IngestCounts, type SnapshotIngest } from '@campus/schema';
import type { ConditionalHeaders, FeedFetcher } from '../fetch/fetchFeed';
import { readFeed } from '../readFeed';

/** What the runner needs to know of a feed, and what the last harvest left behind. */
export interface HarvestTarget {
  feedId: string;
  providerId: string;
  url: string;
  format: FeedFormat | null;
  defaults: FeedDefaults;
  validators: ConditionalHeaders | null;
  contentHash: string | null;
}

export type HarvestResult =
  | {
      outcome: 'SUCCESS';
      format: FeedFormat;
      counts: IngestCounts;
      itemCount: number;
      warnings: string[];
      validators: ConditionalHeaders;
      contentHash: string;
      durationMs: number;
    }
  | { outcome: 'UNCHANGED'; durationMs: number }
  | { outcome: 'FAILED'; error: string; warnings: string[]; retryAfterSeconds: number | null; durationMs: number };

export interface HarvestDependencies {
  fetcher: FeedFetcher;
  ingest: SnapshotIngest;
  now: () => Date;
  horizonMonths: number;
}

/**
 * One harvest of one feed: fetch, read, then hand the snapshot to the catalogue. A failure at any
 * step returns before the catalogue is touched, so what was harvested before stays as it was.
 */
export async function harvestFeed(target: HarvestTarget, deps: HarvestDependencies): Promise<HarvestResult> {
  const startedAt = performance.now();
  const elapsed = (): number => Math.round(performance.now() - startedAt);
  const fetched = await deps.fetcher.fetch(target.url, target.validators);
  if (fetched.kind === 'not-modified') return { outcome: 'UNCHANGED', durationMs: elapsed() };
  if (fetched.kind === 'failed') {
    return { outcome: 'FAILED', error: fetched.error, warnings: [], retryAfterSeconds: fetched.retryAfterSeconds, durationMs: elapsed() };
  }
  const contentHash = createHash('sha256').update(fetched.bytes).digest('hex');
  if (contentHash === target.contentHash) return { outcome: 'UNCHANGED', durationMs: elapsed() };

  const now = deps.now();
  const read = readFeed(
    { bytes: fetched.bytes, contentType: fetched.contentType, format: target.format, feedUrl: fetched.finalUrl, defaults: target.defaults },
    { now, defaultTimeZone: target.defaults.timeZone ?? HOME_TIME_ZONE, horizonMonths: deps.horizonMonths },
  );
  if (!read.ok) return { outcome: 'FAILED', error: read.error, warnings: read.warnings, retryAfterSeconds: null, durationMs: elapsed() };
  if (read.offerings.length === 0 && read.warnings.length > 0) {
    // A feed that yields nothing but complaints is broken, not empty: withdrawing everything would lose data.
    return { outcome: 'FAILED', error: 'no item of the feed could be read', warnings: read.warnings, retryAfterSeconds: null, durationMs: elapsed() };
  }
  const counts = await deps.ingest.applyFeedSnapshot({
    feedId: target.feedId,
    providerId: target.providerId,
    feedUrl: target.url,
    harvestedAt: now,
    offerings: read.offerings,
  });
  return {
    outcome: 'SUCCESS',
    format: read.format,
    counts,
    itemCount: read.offerings.length,
    warnings: read.warnings,
    validators: fetched.validators,
    contentHash,
    durationMs: elapsed(),
  };
}
