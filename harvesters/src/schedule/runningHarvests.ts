import type { SchedulerHooks } from './harvestScheduler';

/** The harvests under way in one process, one a feed at most: what every scheduler keeps alike. */
export class RunningHarvests {
  readonly #running = new Map<string, Promise<boolean>>();

  constructor(private readonly hooks: Pick<SchedulerHooks, 'harvest' | 'onError'>) {}

  get size(): number {
    return this.#running.size;
  }

  has(feedId: string): boolean {
    return this.#running.has(feedId);
  }

  /** Harvests a feed unless it is being harvested here already; false then, or when it crashed (told to onError). */
  run(feedId: string, stop: AbortSignal): Promise<boolean> {
    if (this.#running.has(feedId)) return Promise.resolve(false);
    const run = this.hooks.harvest(feedId, stop).then(
      () => true,
      (error: unknown) => {
        this.hooks.onError(feedId, error);
        return false;
      },
    );
    this.#running.set(feedId, run);
    return run.finally(() => this.#running.delete(feedId));
  }

  /** Resolves when every harvest under way has settled. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#running.values()]);
  }
}
