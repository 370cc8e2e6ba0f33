import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { createCatalogSubgraph } from '@campus/catalog';
import { createFeedsSubgraph, type FeedsSubgraph } from '@campus/feeds';
import { createProvidersSubgraph, type ProvidersSubgraph } from '@campus/providers';
import { IDENTITY_HEADER, signIdentity } from '@campus/schema';
import { identitySecret, serveSubgraph, type IdentityContext, type QueryCounter, type RunningServer } from '@campus/subgraph-runtime';
import { CachedLocalDataSource } from './cachedLocalDataSource';
import { CompositionError, composeSupergraph, type SubgraphDefinition } from './composeSupergraph';
import { createHttpEdge, type HubContext } from './edge/httpEdge';
import { pageSizeRule, pageSizeVariablesPlugin } from './pageSizeLimit';
import { formatLimitError, queryLimits } from './queryLimits';
import { fetchRemoteSdl } from './fetchRemoteSdl';
import { remoteSubgraphOperation, type SubgraphOperation } from './subgraphOperation';
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
  stop(): Promise<void>;
}

/** A remote subgraph that is told who is calling, by the signed header the subgraph checks. */
class IdentifyingRemoteDataSource extends RemoteGraphQLDataSource<IdentityContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<IdentityContext>): void {
    if (context.identityHeader) request.http?.headers.set(IDENTITY_HEADER, context.identityHeader);
  }
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
  const secret = identitySecret(settings.dataDir);
  const catalog = settings.remoteSubgraphs.catalog ? null : createCatalogSubgraph({ dataDir: settings.dataDir, providers: config.providers, searchThreads: settings.searchThreads });
  if (catalog) {
    stops.push(() => catalog.close());
    local.push(catalog);
    queryCounters.catalog = catalog.queries;
  }
  if (!settings.remoteSubgraphs.providers) {
    // A provider added or renamed through the API reaches the catalogue's search at once.
    const created = createProvidersSubgraph({ dataDir: settings.dataDir, providers: config.providers, onChange: (changed) => void catalog?.ingest.indexProviders(changed) });
    providers = created;
    stops.push(() => created.close());
    local.push(created);
    queryCounters.providers = created.queries;
  }
  if (!settings.remoteSubgraphs.feeds) {
    if (!catalog) throw new Error('the feeds subgraph needs the catalogue in the same process; set HUB_FEEDS_URL too, or unset HUB_CATALOG_URL');
    const created = createFeedsSubgraph({
      dataDir: settings.dataDir,
      feeds: config.feeds,
      ingest: catalog.ingest,
      addressPolicy: settings.addressPolicy,
      demoFeedsUrl,
      fetchLimits: settings.fetchLimits,
      maxFeedsPerProvider: settings.maxFeedsPerProvider,
    });
    feeds = created;
    stops.push(() => created.close());
    local.push(created);
    queryCounters.feeds = created.queries;
  }

  const definitions: SubgraphDefinition[] = [];
  const sources = new Map<string, GraphQLDataSource>();
  const operations = new Map<string, SubgraphOperation>();
  for (const subgraph of local) {
    if (settings.subgraphMode === 'http') {
      const server: RunningServer = await serveSubgraph(subgraph.schema, 0);
      stops.push(() => server.stop());
      definitions.push({ name: subgraph.name, url: server.url, sdl: subgraph.sdl });
      sources.set(subgraph.name, new IdentifyingRemoteDataSource({ url: server.url }));
      operations.set(subgraph.name, remoteSubgraphOperation(server.url));
    } else {
      definitions.push({ name: subgraph.name, url: `local://${subgraph.name}`, sdl: subgraph.sdl });
      const source = new CachedLocalDataSource(subgraph.schema);
      sources.set(subgraph.name, source);
      operations.set(subgraph.name, (query, variables) => source.run(query, variables, {}));
    }
  }
  for (const [name, url] of Object.entries(settings.remoteSubgraphs)) {
    definitions.push({ name, url, sdl: await fetchRemoteSdl(name, url) });
    sources.set(name, new IdentifyingRemoteDataSource({ url }));
    operations.set(name, remoteSubgraphOperation(url));
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
  const apollo = new ApolloServer<HubContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Callers authenticate with bearer keys only, never cookies, so a cross-site request carries no
    // authority to forge; the GraphQL-over-HTTP spec's plain GET requests must work.
    csrfPrevention: false,
    parseOptions: limits.parseOptions,
    plugins: [pageSizeVariablesPlugin, ...limits.plugins],
    validationRules: [pageSizeRule, ...limits.validationRules],
    formatError: formatLimitError,
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
      // Keys are checked where the providers service runs in this process; elsewhere no key is accepted.
      authenticate: (key) => keys?.authenticate(key) ?? null,
      sign: (identity) => signIdentity(identity, secret),
    },
    limits: settings.edge,
    health: () => ({
      ready: harvestDone,
      body: { status: harvestDone ? 'ok' : 'starting', subgraphs: settings.subgraphMode, initialHarvest: harvestDone ? 'done' : 'running' },
    }),
  });
  await new Promise<void>((resolve, reject) => {
    edge.server.once('error', reject);
    edge.server.listen(settings.port, settings.host, resolve);
  });
  stops.push(() => edge.shutDown(settings.shutdownGraceMs));
  const { port } = edge.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    supergraphPath,
    queryCounters,
    feeds,
    providers,
    initialHarvest,
    stop: stopAll,
  };
}
