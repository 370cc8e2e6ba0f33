import cron, { type ScheduledTask } from 'node-cron';
import { RunningHarvests } from './runningHarvests';

export interface SchedulerHooks {
  /** The ids of the feeds whose next harvest is due at `now`. */
  dueFeeds(now: Date): string[] | Promise<string[]>;
  /** One harvest; `stop` ends it before it writes when the hub stops. */
  harvest(feedId: string, stop: AbortSignal): Promise<unknown>;
  /** A harvest that crashed (`feedId`), or a round whose due feeds could not be read (null). */
  onError(feedId: string | null, error: unknown): void;
}

/** What /health reads of the scheduler. */
export interface SchedulerStatus {
  ticking: boolean;
  lastTickAt: string | null;
  harvesting: number;
}

/** The tick periods a node-cron seconds field can keep evenly: the divisors of a minute. */
export const TICK_SECONDS = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60] as const;
export type TickSeconds = (typeof TICK_SECONDS)[number];

/** The node-cron expression of a tick every `seconds`. */
export function tickExpression(seconds: TickSeconds): string {
  return seconds === 60 ? '0 * * * * *' : `*/${seconds} * * * * *`;
}

/** What runs the harvests on their schedule: this process alone (HarvestScheduler), or several sharing leases. */
export interface FeedScheduler {
  /** Starts ticking; resolves when the first round after start-up is done. */
  start(): Promise<void>;
  /** Ends what is under way (requested harvests after `graceMs`); resolves when all has settled. */
  stop(graceMs?: number): Promise<void>;
  status(): SchedulerStatus;
  /** Harvests what is due now. */
  runDue(now?: Date): Promise<void>;
  /** Harvests one feed now, as a request asks; false when it is being harvested already or stopping. */
  runOne(feedId: string): Promise<boolean>;
}

/**
 * Ticks once a minute (node-cron; HUB_SCHEDULER_TICK_SECONDS) and harvests the feeds that are due, never one feed twice at a time
 * and at most `concurrency` feeds at once. Due times live in the database, so a restart keeps rhythm.
 */
export class HarvestScheduler implements FeedScheduler {
  readonly #running: RunningHarvests;
  readonly #queued = new Set<string>();
  #task: ScheduledTask | null = null;
  #tick: Promise<void> = Promise.resolve();
  #lastTickAt: Date | null = null;
  #stopping = false;
  /** Ends the harvests the scheduler started, at once when it stops. */
  readonly #scheduled = new AbortController();
  /** Ends the harvests a request asked for, after the grace the request has to finish. */
  readonly #requested = new AbortController();

  constructor(
    private readonly hooks: SchedulerHooks,
    private readonly concurrency = 2,
    private readonly tickSeconds: TickSeconds = 60,
  ) {
    this.#running = new RunningHarvests(hooks);
  }

  /** Starts ticking and harvests what is due right away (at start-up, that is every feed never harvested). */
  start(): Promise<void> {
    this.#task = cron.schedule(tickExpression(this.tickSeconds), () => {
      void this.runDue();
    });
    return this.runDue();
  }

  /**
   * Starts no more harvests and ends the scheduled ones under way at once, and those a request
   * asked for (harvestFeedNow) after `graceMs`; resolves when every harvest has settled. A harvest
   * writes in one transaction, so each has written all or nothing.
   */
  async stop(graceMs = 0): Promise<void> {
    this.#stopping = true;
    await this.#task?.stop();
    this.#task = null;
    this.#scheduled.abort();
    const grace = setTimeout(() => this.#requested.abort(), graceMs).unref();
    await this.#running.settled();
    await this.#tick;
    clearTimeout(grace);
  }

  status(): SchedulerStatus {
    return { ticking: this.#task !== null, lastTickAt: this.#lastTickAt?.toISOString() ?? null, harvesting: this.#running.size };
  }

  /** Harvests every feed that is due now and not already running; resolves when they are done. */
  runDue(now = new Date()): Promise<void> {
    this.#lastTickAt = now;
    // Chained at once, so that a stop waits for this round even while its due feeds are being read.
    const tick = this.#round(now);
    this.#tick = this.#tick.then(() => tick);
    return tick;
  }

  async #round(now: Date): Promise<void> {
    let due: string[];
    try {
      due = this.#stopping ? [] : await this.hooks.dueFeeds(now);
    } catch (error) {
      // The feeds' storage is away (a database server restarting): the next tick tries again.
      this.hooks.onError(null, error);
      return;
    }
    // A feed still waiting in an earlier round's queue is not queued again: a round may outlast a minute.
    const queue = this.#stopping ? [] : due.filter((id) => !this.#running.has(id) && !this.#queued.has(id));
    for (const id of queue) this.#queued.add(id);
    const work = async (): Promise<void> => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        this.#queued.delete(id);
        await this.#run(id, this.#scheduled.signal);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, work));
  }

  /** Harvests one feed now, as a request asks, unless it is already being harvested or the scheduler is stopping. */
  runOne(feedId: string): Promise<boolean> {
    return this.#run(feedId, this.#requested.signal);
  }

  #run(feedId: string, stop: AbortSignal): Promise<boolean> {
    return this.#stopping ? Promise.resolve(false) : this.#running.run(feedId, stop);
  }
}
