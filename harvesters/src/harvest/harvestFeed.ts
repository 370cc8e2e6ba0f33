import type { FeedFormat, IngestCounts, SnapshotIngest } from '@campus/schema';
import type { ConditionalHeaders, FeedFetcher } from '../fetch/fetchFeed';
import { DEFAULT_MAX_PAGES, fetchAndReadFeed, type FeedSource } from './fetchAndReadFeed';

/** What the runner needs to know of a feed, and what the last harvest left behind. */
export interface HarvestTarget extends FeedSource {
  feedId: string;
  providerId: string;
  /** Hold the harvest rather than withdraw most of the feed's offerings still ahead (false once the partner confirmed). */
  holdWithdrawals: boolean;
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
  | {
      /** Read, but not applied: it would have withdrawn most of the feed's offerings still ahead (`counts` says what it would have done). */
      outcome: 'HELD';
      format: FeedFormat;
      counts: IngestCounts;
      itemCount: number;
      warnings: string[];
      durationMs: number;
    }
  | { outcome: 'UNCHANGED'; durationMs: number }
  | {
      outcome: 'FAILED';
      error: string;
      warnings: string[];
      retryAfterSeconds: number | null;
      durationMs: number;
      /** What failed inside the hub, for its log: never shown to the partner. */
      cause?: unknown;
      /** The hub stopped before the feed was read: no failure of the feed's, and nothing to record. */
      stopped?: true;
    };

export interface HarvestDependencies {
  fetcher: FeedFetcher;
  ingest: SnapshotIngest;
  now: () => Date;
  horizonMonths: number;
  maxPages?: number;
  /** Ends the harvest before it writes: the hub is stopping. */
  stop?: AbortSignal;
}

/**
 * Why the catalogue refused a snapshot, as its storage said it in plain words (`reason`, as on the
 * catalogue's storage errors); any other failure is the hub's own, and its details go to the log.
 */
function storageReasonOf(error: unknown): string {
  const reason = (error as { reason?: unknown } | null)?.reason;
  return typeof reason === 'string' ? reason : 'an error inside the hub (its log has the details)';
}

/**
 * One harvest of one feed: fetch and read it, then hand the snapshot to the catalogue. A failure at
 * any step returns before the catalogue is touched, so what was harvested before stays as it was.
 */
export async function harvestFeed(target: HarvestTarget, deps: HarvestDependencies): Promise<HarvestResult> {
  const startedAt = performance.now();
  const elapsed = (): number => Math.round(performance.now() - startedAt);
  const now = deps.now();
  const reading = await fetchAndReadFeed(target, { fetcher: deps.fetcher, now, horizonMonths: deps.horizonMonths, maxPages: deps.maxPages ?? DEFAULT_MAX_PAGES, ...(deps.stop ? { stop: deps.stop } : {}) });
  if (reading.kind === 'unchanged') return { outcome: 'UNCHANGED', durationMs: elapsed() };
  if (reading.kind === 'failed') {
    return {
      outcome: 'FAILED',
      error: reading.error,
      warnings: reading.warnings,
      retryAfterSeconds: reading.retryAfterSeconds,
      durationMs: elapsed(),
      ...(reading.stopped ? { stopped: true as const } : {}),
      ...(reading.cause !== undefined ? { cause: reading.cause } : {}),
    };
  }
  let counts: IngestCounts;
  try {
    counts = await deps.ingest.applyFeedSnapshot({
      feedId: target.feedId,
      providerId: target.providerId,
      feedUrl: target.url,
      harvestedAt: now,
      offerings: reading.offerings,
      holdWithdrawals: target.holdWithdrawals,
    });
  } catch (error) {
    // The snapshot is applied in one transaction, so a failure here has changed nothing either.
    return { outcome: 'FAILED', error: `the catalogue could not store the harvest: ${storageReasonOf(error)}`, warnings: reading.warnings, retryAfterSeconds: null, durationMs: elapsed(), cause: error };
  }
  if (counts.held) return { outcome: 'HELD', format: reading.format, counts, itemCount: reading.offerings.length, warnings: reading.warnings, durationMs: elapsed() };
  return {
    outcome: 'SUCCESS',
    format: reading.format,
    counts,
    itemCount: reading.offerings.length,
    warnings: reading.warnings,
    validators: reading.validators,
    contentHash: reading.contentHash,
    durationMs: elapsed(),
  };
}
