import cron, { type ScheduledTask } from 'node-cron';

export interface SchedulerHooks {
  /** The ids of the feeds whose next harvest is due at `now`. */
  dueFeeds(now: Date): string[];
  harvest(feedId: string): Promise<unknown>;
  onError(feedId: string, error: unknown): void;
  /** Ends the fetches under way, so that stopping waits for no partner's server. */
  abort?(): void;
}

/** What /health reads of the scheduler. */
export interface SchedulerStatus {
  ticking: boolean;
  lastTickAt: string | null;
  harvesting: number;
}

/**
 * Ticks once a minute (node-cron) and harvests the feeds that are due, never one feed twice at a time
 * and at most `concurrency` feeds at once. Due times live in the database, so a restart keeps rhythm.
 */
export class HarvestScheduler {
  readonly #running = new Map<string, Promise<boolean>>();
  #task: ScheduledTask | null = null;
  #tick: Promise<void> = Promise.resolve();
  #lastTickAt: Date | null = null;
  #stopping = false;

  constructor(
    private readonly hooks: SchedulerHooks,
    private readonly concurrency = 2,
  ) {}

  /** Starts ticking and harvests what is due right away (at start-up, that is every feed never harvested). */
  start(): Promise<void> {
    this.#task = cron.schedule('* * * * *', () => {
      void this.runDue();
    });
    return this.runDue();
  }

  /**
   * Starts no more harvests and ends the fetches under way; resolves when every harvest has
   * settled. A harvest writes in one transaction, so each has either written all or nothing.
   */
  async stop(): Promise<void> {
    this.#stopping = true;
    await this.#task?.stop();
    this.#task = null;
    this.hooks.abort?.();
    await Promise.allSettled([...this.#running.values()]);
    await this.#tick;
  }

  status(): SchedulerStatus {
    return { ticking: this.#task !== null, lastTickAt: this.#lastTickAt?.toISOString() ?? null, harvesting: this.#running.size };
  }

  /** Harvests every feed that is due now and not already running; resolves when they are done. */
  runDue(now = new Date()): Promise<void> {
    this.#lastTickAt = now;
    const queue = this.#stopping ? [] : this.hooks.dueFeeds(now).filter((id) => !this.#running.has(id));
    const work = async (): Promise<void> => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        await this.runOne(id);
      }
    };
    const tick = Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, work)).then(() => undefined);
    this.#tick = this.#tick.then(() => tick);
    return tick;
  }

  /** Harvests one feed now unless it is already being harvested or the scheduler is stopping. */
  runOne(feedId: string): Promise<boolean> {
    if (this.#stopping || this.#running.has(feedId)) return Promise.resolve(false);
    const run = this.hooks.harvest(feedId).then(
      () => true,
      (error: unknown) => {
        this.hooks.onError(feedId, error);
        return false;
      },
    );
    this.#running.set(feedId, run);
    return run.finally(() => this.#running.delete(feedId));
  }
}
