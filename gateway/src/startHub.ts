import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { createCatalogSubgraph } from '@campus/catalog';
import { remoteCatalogIngest } from '@campus/catalog/ingest';
import { createFeedsSubgraph, type FeedsSubgraph } from '@campus/feeds';
import { createProvidersSubgraph, type ProvidersSubgraph } from '@campus/providers';
import { signIdentity } from '@campus/schema';
import { identitySecret, INTERNAL_ERROR, log, serveSubgraph, type QueryCounter, type RunningServer, type WriteHealth } from '@campus/subgraph-runtime';
import { CachedLocalDataSource } from './cachedLocalDataSource';
import { OperationManifest } from './edge/persistedOperations';
import { CompositionError, composeSupergraph, type SubgraphDefinition } from './composeSupergraph';
import { createHttpEdge, createMetricsServer } from './edge/httpEdge';
import type { HubContext } from './hubContext';
import { hubHealth } from './hubHealth';
import { observabilityPlugin } from './observabilityPlugin';
import { operationResolutionPlugin } from './operationResolution';
import { formatPageSizeError, pageSizeRule, pageSizeVariablesPlugin } from './pageSizeLimit';
import { formatLimitError, queryLimits } from './queryLimits';
import { fetchRemoteSdl } from './fetchRemoteSdl';
import { remoteSubgraphOperation, sourceOf, type SubgraphOperation } from './subgraphOperation';
import { RemoteSubgraph } from './subgraphSources';
import { remoteKeyVerifier } from './keys/keyVerification';
import type { HubSettings, SubgraphName } from './hubSettings';
import { openOperatorConfig } from './operatorConfig';

export interface RunningHub {
  url: string;
  port: number;
  supergraphPath: string;
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

interface LocalSubgraph {
  name: SubgraphName;
  sdl: string;
  schema: GraphQLSchema;
}

/**
 * Starts the whole hub: the demo feed server when the configuration asks for it, the subgraphs
 * (in this process or reached over HTTP), the composed gateway, the HTTP edge and the scheduler.
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
  const operator = await openOperatorConfig(settings);
  stops.push(() => operator.close());
  const { config, demoFeedsUrl } = operator;

  const local: LocalSubgraph[] = [];
  const queryCounters: RunningHub['queryCounters'] = {};
  let feeds: FeedsSubgraph | null = null;
  let providers: ProvidersSubgraph | null = null;
  const secret = identitySecret(settings.dataDir, settings.identitySecret);
  const catalogUrl = settings.remoteSubgraphs.catalog;
  const catalog = catalogUrl ? null : createCatalogSubgraph({ dataDir: settings.dataDir, providers: config.providers, searchThreads: settings.searchThreads, forgivingSearch: settings.forgivingSearch, secret });
  // The catalogue's ingest: its own in this process, or the catalog service's internal operations.
  const catalogService = catalogUrl ? { url: catalogUrl, timeoutMs: settings.subgraphTimeouts.mutationMs } : null;
  const ingest = catalog?.ingest ?? remoteCatalogIngest({ ...catalogService!, caller: 'feeds', secret });
  if (catalog) {
    stops.push(() => catalog.close());
    local.push(catalog);
    queryCounters.catalog = catalog.queries;
  }
  if (!settings.remoteSubgraphs.providers) {
    // A provider added or renamed through the API reaches the catalogue's search at once.
    const providerNames = catalog?.ingest ?? remoteCatalogIngest({ ...catalogService!, caller: 'providers', secret });
    const created = createProvidersSubgraph({
      dataDir: settings.dataDir,
      providers: config.providers,
      secret,
      onChange: (changed) =>
        void Promise.resolve(providerNames.indexProviders(changed)).catch((error: unknown) =>
          log.error({ part: 'providers', err: error }, "the catalogue could not take the providers' new names; they reach its search with the next change"),
        ),
    });
    providers = created;
    stops.push(() => created.close());
    local.push(created);
    queryCounters.providers = created.queries;
  }
  if (!settings.remoteSubgraphs.feeds) {
    const created = createFeedsSubgraph({
      dataDir: settings.dataDir,
      feeds: config.feeds,
      ingest,
      catalogService,
      secret,
      addressPolicy: settings.addressPolicy,
      demoFeedsUrl,
      fetchLimits: settings.fetchLimits,
      maxFeedsPerProvider: settings.maxFeedsPerProvider,
      logLevel: settings.logLevel,
    });
    feeds = created;
    stops.push(() => created.close());
    local.push(created);
    queryCounters.feeds = created.queries;
  }

  const definitions: SubgraphDefinition[] = [];
  const sources = new Map<string, GraphQLDataSource>();
  const operations = new Map<string, SubgraphOperation>();
  /** The subgraphs the gateway reaches over HTTP, for /health to ping. */
  const overHttp: Record<string, string> = {};
  const reachOverHttp = (name: string, url: string): void => {
    overHttp[name] = url;
    sources.set(name, new RemoteSubgraph(name, url, settings.subgraphTimeouts));
    operations.set(name, remoteSubgraphOperation(name, url, settings.subgraphTimeouts.queryMs));
  };
  for (const subgraph of local) {
    if (settings.subgraphMode === 'http') {
      const server: RunningServer = await serveSubgraph(subgraph.name, subgraph.schema, 0);
      stops.push(() => server.stop());
      definitions.push({ name: subgraph.name, url: server.url, sdl: subgraph.sdl });
      reachOverHttp(subgraph.name, server.url);
    } else {
      definitions.push({ name: subgraph.name, url: `local://${subgraph.name}`, sdl: subgraph.sdl });
      const source = new CachedLocalDataSource(subgraph.schema, subgraph.name);
      sources.set(subgraph.name, source);
      // The document's types are graphql-codegen's promise about what this subgraph answers to it.
      operations.set(subgraph.name, async <TData,>(document: TypedDocumentNode<TData, never>, variables: Record<string, unknown>) => (await source.run(sourceOf(document), variables, {})) as ExecutionResult<TData>);
    }
  }
  for (const [name, url] of Object.entries(settings.remoteSubgraphs)) {
    definitions.push({ name, url, sdl: await fetchRemoteSdl(name, url) });
    reachOverHttp(name, url);
  }

  const composed = composeSupergraph(definitions);
  if (!composed.ok) throw new CompositionError(composed.errors);
  const supergraphPath = join(settings.dataDir, 'supergraph.graphql');
  writeFileSync(supergraphPath, composed.supergraphSdl);

  // @apollo/gateway otherwise reports usage to Apollo and probes cloud metadata addresses at start-up:
  // the hub sends nothing to any host but the partners' feeds.
  process.env['APOLLO_TELEMETRY_DISABLED'] = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl: composed.supergraphSdl,
    buildService: ({ name }) => {
      const source = sources.get(name);
      if (!source) throw new Error(`no data source for subgraph ${name}`);
      return source;
    },
  });
  const limits = queryLimits();
  const registered = OperationManifest.load();
  const apollo = new ApolloServer<HubContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // stopOnSignals owns SIGTERM and stops the parts in order: requests in flight finish before Apollo stops.
    stopOnTerminationSignals: false,
    // Callers authenticate with bearer keys only, never cookies, so a cross-site request carries no
    // authority to forge; the GraphQL-over-HTTP spec's plain GET requests must work.
    csrfPrevention: false,
    persistedQueries: { cache: registered.persistedQueryCache() },
    parseOptions: limits.parseOptions,
    plugins: [observabilityPlugin, operationResolutionPlugin, pageSizeVariablesPlugin, ...limits.plugins],
    validationRules: [pageSizeRule, ...limits.validationRules],
    formatError: (formatted) => {
      const limited = formatPageSizeError(formatLimitError(formatted));
      // The gateway's own failures (not a subgraph's, which come already made public) say no more than this.
      if (limited.extensions?.['code'] !== 'INTERNAL_SERVER_ERROR' || limited.message === INTERNAL_ERROR) return limited;
      log.error({ part: 'gateway', message: limited.message, path: limited.path }, 'the gateway failed');
      return { ...limited, message: INTERNAL_ERROR };
    },
  });
  await apollo.start();
  stops.push(() => apollo.stop());

  let harvestDone = false;
  const initialHarvest = feeds && settings.scheduler ? feeds.scheduler.start() : Promise.resolve();
  void initialHarvest.then(() => {
    harvestDone = true;
  });

  // Served once the search threads have their index: until then the gateway's thread would search.
  await catalog?.searchThreadsStarted();
  const keys = providers?.keys ?? null;
  const edge = createHttpEdge({
    apollo,
    exports: { readCatalog: operations.get('catalog')!, readProviders: operations.get('providers')! },
    corsOrigins: settings.corsOrigins,
    keys: {
      // Checked by the providers service: here at once, or over HTTP and remembered for HUB_KEY_CACHE_SECONDS.
      authenticate: keys
        ? (key) => keys.authenticate(key)
        : remoteKeyVerifier({ url: settings.remoteSubgraphs.providers!, timeoutMs: settings.subgraphTimeouts.queryMs, secret }, settings.keyCacheSeconds),
      sign: (identity) => signIdentity(identity, secret),
    },
    limits: settings.edge,
    operations: registered,
    health: () =>
      hubHealth({
        databases: [catalog?.writes, feeds?.ingestWrites, providers?.writes, feeds?.writes].filter((writes): writes is WriteHealth => writes !== undefined && writes !== null),
        remoteSubgraphs: overHttp,
        scheduler: feeds && settings.scheduler ? feeds.scheduler : null,
        search: catalog,
        initialHarvestDone: () => harvestDone,
      }),
  });
  await listen(edge.server, settings.port, settings.host);
  stops.push(() => edge.shutDown(0));
  const { port } = edge.server.address() as AddressInfo;
  let metricsUrl: string | null = null;
  if (settings.metricsPort !== null) {
    const metricsServer = createMetricsServer();
    await listen(metricsServer, settings.metricsPort, settings.metricsHost);
    stops.push(() => new Promise<void>((resolve) => metricsServer.close(() => resolve())));
    metricsUrl = `http://${settings.metricsHost}:${(metricsServer.address() as AddressInfo).port}/metrics`;
  }
  log.info({ part: 'gateway', url: `http://${settings.host}:${port}/graphql`, subgraphs: settings.subgraphMode, dataDir: settings.dataDir }, 'the hub is serving');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    supergraphPath,
    queryCounters,
    feeds,
    providers,
    initialHarvest,
    metricsUrl,
    // On SIGTERM: stop accepting and let requests in flight finish while harvests end at their
    // transaction boundary, both at once; then close the rest.
    stop: async () => {
      await Promise.all([edge.shutDown(settings.shutdownGraceMs), feeds?.scheduler.stop(settings.shutdownGraceMs)]);
      await stopAll();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}
