import cron, { type ScheduledTask } from 'node-cron';

export interface SchedulerHooks {
  /** The ids of the feeds whose next harvest is due at `now`. */
  dueFeeds(now: Date): string[];
  harvest(feedId: string): Promise<unknown>;
  onError(feedId: string, error: unknown): void;
}

/**
 * Ticks once a minute (node-cron) and harvests the feeds that are due, never one feed twice at a time
 * and at most `concurrency` feeds at once. Due times live in the database, so a restart keeps rhythm.
 */
export class HarvestScheduler {
  readonly #running = new Set<string>();
  #task: ScheduledTask | null = null;
  #tick: Promise<void> = Promise.resolve();

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

  async stop(): Promise<void> {
    await this.#task?.stop();
    this.#task = null;
    await this.#tick;
  }

  /** Harvests every feed that is due now and not already running; resolves when they are done. */
  runDue(now = new Date()): Promise<void> {
    const queue = this.hooks.dueFeeds(now).filter((id) => !this.#running.has(id));
    const work = async (): Promise<void> => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
        await this.runOne(id);
      }
    };
    const tick = Promise.all(Array.from({ length: Math.min(this.concurrency, queue.length) }, work)).then(() => undefined);
    this.#tick = this.#tick.then(() => tick);
    return tick;
  }

  /** Harvests one feed now unless it is already being harvested. */
  async runOne(feedId: string): Promise<boolean> {
    if (this.#running.has(feedId)) return false;
    this.#running.add(feedId);
    try {
      await this.hooks.harvest(feedId);
      return true;
    } catch (error) {
      this.hooks.onError(feedId, error);
      return false;
    } finally {
      this.#running.delete(feedId);
    }
  }
}
