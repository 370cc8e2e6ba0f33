import type { FeedFormat, IngestCounts } from '@campus/schema';
import type { HarvestResult } from '@campus/harvesters';
import { log, metrics, StorageError } from '@campus/subgraph-runtime';
import type { FeedsStore, NewHarvestRun as NewRun } from '../db/feedsStore';
import type { HarvestRunRow } from '../db/tables';
import type { HarvestRunner } from './runHarvest';

/** Runs kept in memory a feed, at most, while they cannot be written. */
const MAX_UNWRITTEN = 20;

export interface FeedHarvestsOptions {
  /** Runs a harvest: on the harvest thread, or here (tests, tools). */
  run: HarvestRunner;
  now?: () => Date;
  /** A number in [0, 1) for the jitter; tests pin it. */
  random?: () => number;
}

/** After a failure the next try comes sooner than the interval, doubling from this many minutes. */
const FIRST_RETRY_MINUTES = 5;
/** Each next run moves by up to this share of the interval either way, so feeds drift apart. */
const JITTER = 0.1;

/**
 * The feeds service's side of harvesting: which feeds are due, running one harvest through the
 * harvesters' runner, and recording its run and the feed's next due time.
 */
export class FeedHarvests {
  readonly #now: () => Date;
  readonly #random: () => number;
  /** Runs that could not be written (a full disk): shown as the feed's last harvest, written with the next run that can be. */
  readonly #unwritten = new Map<string, NewRun[]>();

  constructor(
    private readonly store: FeedsStore,
    private readonly options: FeedHarvestsOptions,
  ) {
    this.#now = options.now ?? (() => new Date());
    this.#random = options.random ?? Math.random;
  }

  dueFeeds(now: Date): Promise<string[]> {
    return this.store.dueFeeds(now.toISOString());
  }

  /** Harvests a feed and records the run; `stop` ends it before it writes (the hub is stopping), recording nothing. */
  async harvest(feedId: string, stop?: AbortSignal): Promise<HarvestResult> {
    const feed = await this.store.feed(feedId);
    if (!feed) throw new Error(`there is no feed "${feedId}"`);
    const startedAt = this.#now();
    const result = await this.options.run(
      {
        feedId: feed.id,
        providerId: feed.providerId,
        url: feed.url,
        format: feed.format as FeedFormat | null,
        defaults: feed.defaults,
        validators: { etag: feed.etag, lastModified: feed.lastModified },
        contentHash: feed.contentHash,
        holdWithdrawals: feed.withdrawalHold !== 'CONFIRMED',
      },
      stop,
    );
    // Stopped by the hub, not failed: the feed stays due and its next start harvests it.
    if (result.outcome === 'FAILED' && result.stopped) return result;
    const finishedAt = this.#now();
    if (result.outcome === 'FAILED' && result.cause !== undefined) log.error({ part: 'feeds', feed: feedId, err: result.cause }, 'a harvest failed inside the hub');
    const runs = [...(this.#unwritten.get(feedId) ?? []), runRow(feedId, startedAt, finishedAt, result)];
    try {
      await this.store.writes.write('the harvest run', () => this.store.recordRuns(feedId, runs, this.feedAfter(result, feed.intervalMinutes, feed.consecutiveFailures, finishedAt)));
      this.#unwritten.delete(feedId);
    } catch (error) {
      if (!(error instanceof StorageError)) throw error;
      this.#unwritten.set(feedId, runs.slice(-MAX_UNWRITTEN));
    }
    metrics.harvestRuns.inc({ feed: feedId, outcome: result.outcome });
    if (result.outcome === 'SUCCESS') metrics.harvestedItems.inc({ feed: feedId }, result.itemCount);
    return result;
  }

  /** A feed's newest run while it is not yet written (id 0), for its last harvest and health. */
  unwrittenRun(feedId: string): HarvestRunRow | null {
    const run = this.#unwritten.get(feedId)?.at(-1);
    return run ? { id: 0, format: null, itemCount: 0, added: 0, updated: 0, unchanged: 0, withdrawn: 0, error: null, ...run } : null;
  }

  private feedAfter(result: HarvestResult, intervalMinutes: number, failuresBefore: number, at: Date) {
    const later = (minutes: number): string => {
      const jittered = minutes * (1 + JITTER * (2 * this.#random() - 1));
      return new Date(at.getTime() + jittered * 60_000).toISOString();
    };
    const updatedAt = at.toISOString();
    switch (result.outcome) {
      case 'SUCCESS':
        return {
          etag: result.validators.etag,
          lastModified: result.validators.lastModified,
          contentHash: result.contentHash,
          detectedFormat: result.format,
          consecutiveFailures: 0,
          withdrawalHold: null,
          nextRunAt: later(intervalMinutes),
          updatedAt,
        };
      // Validators stay as they were: the next harvest reads the feed again, and holds it again unless it recovered or was confirmed.
      case 'HELD':
        return { consecutiveFailures: 0, withdrawalHold: 'HELD' as const, nextRunAt: later(intervalMinutes), updatedAt };
      case 'UNCHANGED':
        return { consecutiveFailures: 0, nextRunAt: later(intervalMinutes), updatedAt };
      case 'FAILED': {
        const backoff = later(Math.min(intervalMinutes, FIRST_RETRY_MINUTES * 2 ** failuresBefore));
        // Retry-After is the server's floor: no jitter may bring the next request before it.
        const retryAfter = new Date(at.getTime() + (result.retryAfterSeconds ?? 0) * 1000).toISOString();
        return { consecutiveFailures: failuresBefore + 1, nextRunAt: backoff > retryAfter ? backoff : retryAfter, updatedAt };
      }
    }
  }
}

function runRow(feedId: string, startedAt: Date, finishedAt: Date, result: HarvestResult) {
  const base = { feedId, startedAt: startedAt.toISOString(), finishedAt: finishedAt.toISOString(), outcome: result.outcome, durationMs: result.durationMs };
  switch (result.outcome) {
    case 'SUCCESS':
      return { ...base, format: result.format, itemCount: result.itemCount, ...runCounts(result.counts), warnings: result.warnings, error: null };
    case 'HELD':
      return { ...base, format: result.format, itemCount: result.itemCount, ...runCounts(result.counts), warnings: result.warnings, error: heldReason(result.counts) };
    case 'UNCHANGED':
      return { ...base, warnings: [], error: null };
    case 'FAILED':
      return { ...base, warnings: result.warnings, error: result.error };
  }
}

function runCounts({ added, updated, unchanged, withdrawn }: IngestCounts) {
  return { added, updated, unchanged, withdrawn };
}

/** Why a harvest was held, as its run and the feed's health say it. */
function heldReason(counts: IngestCounts): string {
  return `held: this harvest would have withdrawn ${counts.withdrawn} offerings, more than half of those still ahead; nothing was changed. If the feed is right, confirm with confirmFeedWithdrawals; otherwise fix the feed`;
}
