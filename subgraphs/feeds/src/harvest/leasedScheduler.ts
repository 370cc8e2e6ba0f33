import cron, { type ScheduledTask } from 'node-cron';
import PgBoss from 'pg-boss';
import { RunningHarvests, tickExpression, type FeedScheduler, type SchedulerHooks, type SchedulerStatus, type TickSeconds } from '@campus/harvesters';
import { HarvestLocks } from './harvestLocks';

/** The queue of due harvests, in the job library's own schema of the feeds' database. */
const QUEUE = 'harvest';
export const JOBS_SCHEMA = 'feeds_jobs';
/** How long a worker waits before looking again at an empty queue. */
const IDLE_POLL_MS = 500;

export interface LeaseSettings {
  /** The database the feeds service keeps its tables in (DATABASE_URL). */
  databaseUrl: string;
  /** How long a scheduler holds a feed it is harvesting: after that, one that died loses it to another. */
  leaseSeconds: number;
  /** Harvests at once in this process. */
  concurrency: number;
  tickSeconds: TickSeconds;
}

interface HarvestJob {
  feedId: string;
}

/**
 * Harvests shared by several scheduler processes through the database, with pg-boss: each tick
 * queues the feeds that are due (one waiting job a feed at most: the queue's `stately` policy keyed
 * by the feed), each process works the queue as it has room, and a job whose process died expires
 * after the lease and is taken over by another. A harvest holds its feed's lock in the database
 * (HarvestLocks) and re-checks under it that the feed is still due, so a feed is harvested once an
 * interval however many schedulers queued it, and a harvest slower than the lease is never doubled.
 */
export class LeasedScheduler implements FeedScheduler {
  readonly #boss: PgBoss;
  readonly #running: RunningHarvests;
  readonly #locks: HarvestLocks;
  readonly #workers: Promise<void>[] = [];
  #task: ScheduledTask | null = null;
  #lastTickAt: Date | null = null;
  #stopping = false;
  /** Whether start() ran: a feeds service that serves requests only never starts its queue. */
  #started = false;
  readonly #scheduled = new AbortController();
  readonly #requested = new AbortController();

  constructor(
    private readonly hooks: SchedulerHooks & { isDue(feedId: string, now: Date): Promise<boolean> },
    private readonly settings: LeaseSettings,
  ) {
    this.#running = new RunningHarvests(hooks);
    this.#locks = new HarvestLocks(settings.databaseUrl);
    // Expired leases are looked for several times a lease, so that a dead scheduler's feeds wait little longer than it.
    const maintenanceIntervalSeconds = Math.max(1, Math.min(60, Math.floor(settings.leaseSeconds / 3)));
    this.#boss = new PgBoss({ connectionString: settings.databaseUrl, schema: JOBS_SCHEMA, max: settings.concurrency + 2, maintenanceIntervalSeconds, schedule: false });
    this.#boss.on('error', (error) => this.hooks.onError(null, error));
  }

  async start(): Promise<void> {
    this.#started = true;
    await this.#boss.start();
    const queue = { name: QUEUE, policy: 'stately' as const, expireInSeconds: this.settings.leaseSeconds, retryLimit: 1_000, retryDelay: 0 };
    await this.#boss.createQueue(QUEUE, queue);
    await this.#boss.updateQueue(QUEUE, queue);
    for (let worker = 0; worker < this.settings.concurrency; worker += 1) this.#workers.push(this.#work());
    this.#task = cron.schedule(tickExpression(this.settings.tickSeconds), () => {
      void this.runDue();
    });
    await this.runDue();
    await this.#drained();
  }

  async runDue(now = new Date()): Promise<void> {
    this.#lastTickAt = now;
    if (this.#stopping) return;
    try {
      for (const feedId of await this.hooks.dueFeeds(now)) await this.#boss.send(QUEUE, { feedId } satisfies HarvestJob, { singletonKey: feedId });
    } catch (error) {
      this.hooks.onError(null, error);
    }
  }

  runOne(feedId: string): Promise<boolean> {
    return this.#run(feedId, this.#requested.signal, false);
  }

  async stop(graceMs = 0): Promise<void> {
    this.#stopping = true;
    await this.#task?.stop();
    this.#task = null;
    this.#scheduled.abort();
    const grace = setTimeout(() => this.#requested.abort(), graceMs).unref();
    await Promise.allSettled([this.#running.settled(), ...this.#workers]);
    clearTimeout(grace);
    // The harvests ended above: their jobs are done, and a harvest that was stopped leaves its feed due for the next tick.
    if (this.#started) await this.#boss.stop({ graceful: true, wait: true, timeout: Math.max(1_000, graceMs) });
    await this.#locks.close();
  }

  status(): SchedulerStatus {
    return { ticking: this.#task !== null, lastTickAt: this.#lastTickAt?.toISOString() ?? null, harvesting: this.#running.size };
  }

  /**
   * One of this process's workers: takes the next job (its lease begins), harvests its feed if it
   * is still due (another scheduler may have harvested it since it was queued), completes the job,
   * and takes the next at once; waits a moment only when the queue is empty. pg-boss's own `work`
   * waits its polling interval after every job, which made 200 feeds take a minute.
   */
  async #work(): Promise<void> {
    while (!this.#stopping) {
      let job: PgBoss.Job<HarvestJob> | undefined;
      try {
        [job] = await this.#boss.fetch<HarvestJob>(QUEUE, { batchSize: 1 });
        if (job) {
          await this.#run(job.data.feedId, this.#scheduled.signal, true);
          await this.#boss.complete(QUEUE, job.id);
        }
      } catch (error) {
        // The database is away: the job's lease runs out and someone takes it again.
        this.hooks.onError(job?.data.feedId ?? null, error);
        job = undefined;
      }
      if (!job && !this.#stopping) await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
    }
  }

  /**
   * Harvests a feed under its lock; false when another scheduler holds it or (for a queued job) it
   * is no longer due. Due is checked under the lock: checked before, a harvest another scheduler
   * finishes in between would be run again.
   */
  async #run(feedId: string, stop: AbortSignal, onlyIfDue: boolean): Promise<boolean> {
    if (this.#stopping) return false;
    try {
      return await this.#locks.holding(feedId, async () => (!onlyIfDue || (await this.hooks.isDue(feedId, new Date()))) && this.#running.run(feedId, stop));
    } catch (error) {
      // The database is away: the feed stays due, and a later tick queues it again.
      this.hooks.onError(feedId, error);
      return false;
    }
  }

  /** Resolves once no harvest waits in the queue and none runs here: the first round is done. */
  async #drained(): Promise<void> {
    while (!this.#stopping && ((await this.#boss.getQueueSize(QUEUE)) > 0 || this.#running.size > 0)) await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
