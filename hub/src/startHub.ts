import { mkdirSync } from 'node:fs';
import { remoteKeyVerifier, startGateway, type LocalSubgraph } from '@campus/gateway';
import type { CatalogSubgraph } from '@campus/catalog';
import type { FeedsSubgraph } from '@campus/feeds';
import type { ProvidersSubgraph } from '@campus/providers';
import { identitySecret, log, type QueryCounter, type WriteHealth } from '@campus/subgraph-runtime';
import { openOperatorConfig } from './operatorConfig';
import { catalogIngestFor, openCatalog, openFeeds, openProviders } from './parts';
import type { HubSettings, SubgraphName } from './settings';

export interface RunningHub {
  url: string;
  port: number;
  supergraphPath: string;
  /** Where the gateway reaches each subgraph: its URL, or `in-process`. */
  subgraphs: Record<string, string>;
  /** Statement counters of the subgraphs running in this process, for tests that prove batching. */
  queryCounters: Partial<Record<SubgraphName, QueryCounter>>;
  feeds: FeedsSubgraph | null;
  /** The providers subgraph where it runs in this process (its API keys, for the hub command and tests). */
  providers: ProvidersSubgraph | null;
  /** Resolves when the first harvest round after start-up has finished. */
  initialHarvest: Promise<void>;
  /** Where /metrics is served without a key (HUB_METRICS_PORT), or null. */
  metricsUrl: string | null;
  stop(): Promise<void>;
}

/**
 * Starts the hub in one process: the demo feed server when the configuration asks for it, every
 * subgraph not started elsewhere (HUB_*_URL), the gateway in front of them all, and the scheduler.
 */
export async function startHub(settings: HubSettings): Promise<RunningHub> {
  log.level = settings.logLevel;
  const stops: (() => Promise<void> | void)[] = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    return await start(settings, stops, stopAll);
  } catch (error) {
    await stopAll();
    throw error;
  }
}

async function start(settings: HubSettings, stops: (() => Promise<void> | void)[], stopAll: () => Promise<void>): Promise<RunningHub> {
  mkdirSync(settings.dataDir, { recursive: true });
  const secret = identitySecret(settings.dataDir, settings.identitySecret);
  const operator = await openOperatorConfig(settings);
  stops.push(() => operator.close());
  const { config, demoFeedsUrl } = operator;
  const { remoteSubgraphs } = settings;

  const local: LocalSubgraph[] = [];
  const queryCounters: RunningHub['queryCounters'] = {};
  let catalog: CatalogSubgraph | null = null;
  let providers: ProvidersSubgraph | null = null;
  let feeds: FeedsSubgraph | null = null;
  if (!remoteSubgraphs.catalog) {
    const created = await openCatalog(settings, config, secret);
    catalog = created;
    stops.push(() => created.close());
    local.push(created);
    queryCounters.catalog = created.queries;
  }
  if (!remoteSubgraphs.providers) {
    const created = await openProviders(settings, config, secret, catalogIngestFor(settings, secret, 'providers', catalog));
    providers = created;
    stops.push(() => created.close());
    local.push(created);
    queryCounters.providers = created.queries;
  }
  if (!remoteSubgraphs.feeds) {
    const created = await openFeeds(settings, config, secret, catalogIngestFor(settings, secret, 'feeds', catalog), demoFeedsUrl);
    feeds = created;
    stops.push(() => created.close());
    local.push(created);
    queryCounters.feeds = created.queries;
  }

  let harvestDone = false;
  const harvesting = feeds !== null && settings.scheduler;
  const initialHarvest = harvesting ? feeds!.scheduler.start() : Promise.resolve();
  void initialHarvest.then(() => {
    harvestDone = true;
  });
  // Served once the search threads have their index: until then the gateway's thread would search.
  await catalog?.searchThreadsStarted();

  const keys = providers?.keys ?? null;
  const gateway = await startGateway({
    settings,
    local,
    remote: remoteSubgraphs,
    // Checked by the providers service: here at once, or over HTTP and remembered for HUB_KEY_CACHE_SECONDS.
    authenticate: keys ? (key) => keys.authenticate(key) : remoteKeyVerifier({ url: remoteSubgraphs.providers!, timeoutMs: settings.subgraphTimeouts.queryMs, secret }, settings.keyCacheSeconds),
    secret,
    health: {
      databases: [catalog?.writes, feeds?.ingestWrites, providers?.writes, feeds?.writes].filter((writes): writes is WriteHealth => writes !== undefined && writes !== null),
      scheduler: harvesting ? feeds!.scheduler : null,
      search: catalog,
      initialHarvestDone: () => harvestDone,
    },
  });
  stops.push(() => gateway.close());
  return {
    url: gateway.url,
    port: gateway.port,
    supergraphPath: gateway.supergraphPath,
    subgraphs: gateway.subgraphs,
    queryCounters,
    feeds,
    providers,
    initialHarvest,
    metricsUrl: gateway.metricsUrl,
    // On SIGTERM: stop accepting and let requests in flight finish while harvests end at their
    // transaction boundary, both at once; then close the rest.
    stop: async () => {
      await Promise.all([gateway.shutDown(settings.shutdownGraceMs), feeds?.scheduler.stop(settings.shutdownGraceMs)]);
      await stopAll();
    },
  };
}
