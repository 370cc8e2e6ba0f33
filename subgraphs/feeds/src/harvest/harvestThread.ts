import { parentPort, workerData } from 'node:worker_threads';
import { openCatalogIngest, remoteCatalogIngest } from '@campus/catalog/ingest';
import type { AddressPolicy, FetchLimits, HarvestResult } from '@campus/harvesters';
import type { SnapshotIngest } from '@campus/schema';
import { log, StorageError, type LogLevel } from '@campus/subgraph-runtime';
import { FeedSources } from './feedSources';
import { harvestHere, type StoredFeed } from './runHarvest';

/** What the harvest thread is told at its start: where the catalogue is and how feeds are fetched. */
export interface HarvestThreadData {
  dataDir: string;
  /** The catalog service when it runs elsewhere; null: the catalogue's database, in `dataDir` or at `catalogDatabaseUrl`. */
  catalogService: CatalogService | null;
  /** The catalogue's PostgreSQL database; null: its SQLite file in `dataDir`. */
  catalogDatabaseUrl: string | null;
  policy: AddressPolicy;
  demoFeedsUrl: string | null;
  fetchLimits: FetchLimits | undefined;
  horizonMonths: number;
  logLevel: LogLevel;
}

/** A catalog service in another process, and the hub's secret to sign the feeds service's calls with. */
export interface CatalogService {
  url: string;
  timeoutMs: number;
  secret: Buffer;
}

export type HarvestRequest = { id: number; feed: StoredFeed } | { stop: number };
/** A harvest's result, how long its ingest took, and why the catalogue refused to store it if storage did. */
export type HarvestReply = { id: number; result: HarvestResult; ingestMs: number | null; storageFailure: string | null };

/**
 * The harvest thread: fetches, reads and hands each snapshot to the catalogue's ingest (over a
 * connection of its own in the catalogue's process, or the catalog service's internal operation),
 * so that parsing a feed and writing a thousand offerings never hold up the thread that answers
 * GraphQL. It writes only through the catalogue's ingest; the feeds subgraph records the runs on
 * its own thread.
 */
const data = workerData as HarvestThreadData;
log.level = data.logLevel;
const port = parentPort!;
const catalog = data.catalogService
  ? remoteCatalogIngest({ url: data.catalogService.url, timeoutMs: data.catalogService.timeoutMs, caller: 'feeds', secret: Buffer.from(data.catalogService.secret) })
  : await openCatalogIngest(data.dataDir, data.catalogDatabaseUrl);
const sources = new FeedSources(data.policy, data.demoFeedsUrl, data.fetchLimits);
const running = new Map<number, AbortController>();

port.on('message', (request: HarvestRequest) => {
  if ('stop' in request) return void running.get(request.stop)?.abort();
  const controller = new AbortController();
  running.set(request.id, controller);
  // The ingest timed for this harvest alone (two may run at once), for the main thread's metrics.
  let ingestMs: number | null = null;
  let storageFailure: string | null = null;
  const ingest: SnapshotIngest = {
    ...catalog,
    applyFeedSnapshot: async (snapshot) => {
      const started = performance.now();
      try {
        return await catalog.applyFeedSnapshot(snapshot);
      } catch (error) {
        if (error instanceof StorageError) storageFailure = error.reason;
        throw error;
      } finally {
        ingestMs = performance.now() - started;
      }
    },
  };
  void harvestHere(sources, ingest, data.horizonMonths)(request.feed, controller.signal).then((result) => {
    running.delete(request.id);
    port.postMessage({ id: request.id, result, ingestMs, storageFailure } satisfies HarvestReply);
  });
});
