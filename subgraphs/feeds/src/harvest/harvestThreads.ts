import type { Worker } from 'node:worker_threads';
import type { HarvestResult } from '@campus/harvesters';
import { log, metrics, typeScriptWorker, type WriteHealth } from '@campus/subgraph-runtime';
import type { HarvestReply, HarvestRequest, HarvestThreadData } from './harvestThread';
import type { HarvestRunner } from './runHarvest';

/**
 * Harvests on a thread of their own (see harvestThread.ts). A thread that ends fails the harvests
 * it had, and the next harvest starts a new one.
 */
export class HarvestThread {
  #worker: Worker | null = null;
  readonly #pending = new Map<number, (result: HarvestResult) => void>();
  #nextId = 0;

  /** @param catalogWrites told of what the thread's ingest could not store, for /health (null: the catalog service tells itself). */
  constructor(
    private readonly data: HarvestThreadData,
    private readonly catalogWrites: WriteHealth | null,
  ) {}

  readonly run: HarvestRunner = (feed, stop) => {
    const worker = this.#started();
    const id = (this.#nextId += 1);
    return new Promise<HarvestResult>((resolve) => {
      this.#pending.set(id, resolve);
      worker.postMessage({ id, feed } satisfies HarvestRequest);
      stop?.addEventListener('abort', () => worker.postMessage({ stop: id } satisfies HarvestRequest), { once: true });
    });
  };

  #started(): Worker {
    if (this.#worker) return this.#worker;
    const worker = typeScriptWorker(new URL('./harvestThread.ts', import.meta.url), import.meta.url, this.data);
    worker.on('message', ({ id, result, ingestMs, storageFailure }: HarvestReply) => {
      if (ingestMs !== null) metrics.databaseTime.observe({ database: 'catalog', operation: 'ingest' }, ingestMs / 1000);
      if (storageFailure !== null) this.catalogWrites?.refused(storageFailure);
      this.#pending.get(id)?.(result);
      this.#pending.delete(id);
    });
    worker.on('error', (error) => log.error({ part: 'feeds', err: error }, 'the harvest thread failed'));
    worker.on('exit', () => {
      if (this.#worker === worker) this.#worker = null;
      for (const resolve of this.#pending.values()) {
        resolve({ outcome: 'FAILED', error: 'the harvest was cut short inside the hub (its log has the details)', warnings: [], retryAfterSeconds: null, durationMs: 0 });
      }
      this.#pending.clear();
    });
    this.#worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    await this.#worker?.terminate();
  }
}
