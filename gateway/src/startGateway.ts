import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { ApolloGateway, type GraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { signIdentity } from '@campus/schema';
import { INTERNAL_ERROR, log, serveSubgraph, type RunningServer } from '@campus/subgraph-runtime';
import { CachedLocalDataSource } from './cachedLocalDataSource';
import { OperationManifest } from './edge/persistedOperations';
import { CompositionError, composeSupergraph, type SubgraphDefinition } from './composeSupergraph';
import { createHttpEdge, createMetricsServer, type EdgeLimits } from './edge/httpEdge';
import type { HubContext } from './hubContext';
import { hubHealth, type HealthSources } from './hubHealth';
import type { KeyVerifier } from './keys/keyVerification';
import { observabilityPlugin } from './observabilityPlugin';
import { operationResolutionPlugin } from './operationResolution';
import { formatPageSizeError, pageSizeRule, pageSizeVariablesPlugin } from './pageSizeLimit';
import { formatLimitError, queryLimits } from './queryLimits';
import { fetchRemoteSdl } from './fetchRemoteSdl';
import { remoteSubgraphOperation, sourceOf, type SubgraphOperation } from './subgraphOperation';
import { RemoteSubgraph, type SubgraphTimeouts } from './subgraphSources';

/** A subgraph in the gateway's own process: its SDL and executable schema. */
export interface LocalSubgraph {
  name: string;
  sdl: string;
  schema: GraphQLSchema;
}

/** The gateway's own settings (see the hub's settings table). */
export interface GatewaySettings {
  port: number;
  host: string;
  /** Where the composed supergraph.graphql is written. */
  dataDir: string;
  /** `local`: subgraphs of this process are called in-process; `http`: each is served on a port of its own and called over HTTP. */
  subgraphMode: 'local' | 'http';
  corsOrigins: string[];
  edge: EdgeLimits;
  subgraphTimeouts: SubgraphTimeouts;
  metricsPort: number | null;
  metricsHost: string;
}

export interface GatewayOptions {
  settings: GatewaySettings;
  /** The subgraphs running in this process. */
  local: readonly LocalSubgraph[];
  /** The subgraphs served elsewhere, by name: their URLs. */
  remote: Readonly<Record<string, string>>;
  /** Who a key stands for: the providers service's answer, wherever it runs. */
  authenticate: KeyVerifier;
  /** The secret the caller's identity is signed with for the subgraphs. */
  secret: Buffer;
  /** What /health reports of the parts in this process besides the subgraphs it reaches. */
  health: Omit<HealthSources, 'remoteSubgraphs'>;
}

export interface RunningGateway {
  url: string;
  port: number;
  supergraphPath: string;
  /** Where each subgraph is reached: its URL, or `in-process`. */
  subgraphs: Record<string, string>;
  /** Where /metrics is served without a key (HUB_METRICS_PORT), or null. */
  metricsUrl: string | null;
  /** Stops accepting and lets requests in flight finish within `graceMs`. */
  shutDown(graceMs: number): Promise<void>;
  /** Closes everything it started. */
  close(): Promise<void>;
}

/**
 * The public edge: composes the subgraphs (those of this process and those served elsewhere) into
 * the supergraph, runs the Apollo gateway over it, and serves it with the HTTP edge.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const stops: (() => Promise<void> | void)[] = [];
  const close = async (): Promise<void> => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    return await start(options, stops, close);
  } catch (error) {
    await close();
    throw error;
  }
}

async function start(options: GatewayOptions, stops: (() => Promise<void> | void)[], close: () => Promise<void>): Promise<RunningGateway> {
  const { settings } = options;
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
  for (const subgraph of options.local) {
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
  for (const [name, url] of Object.entries(options.remote)) {
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

  const edge = createHttpEdge({
    apollo,
    exports: { readCatalog: operations.get('catalog')!, readProviders: operations.get('providers')! },
    corsOrigins: settings.corsOrigins,
    keys: { authenticate: options.authenticate, sign: (identity) => signIdentity(identity, options.secret) },
    limits: settings.edge,
    operations: registered,
    health: () => hubHealth({ ...options.health, remoteSubgraphs: overHttp }),
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
  const subgraphs = Object.fromEntries(definitions.map(({ name, url }) => [name, url.startsWith('local://') ? 'in-process' : url]));
  log.info({ part: 'gateway', url: `http://${settings.host}:${port}/graphql`, subgraphs, dataDir: settings.dataDir }, 'the gateway is serving');
  return { url: `http://127.0.0.1:${port}`, port, supergraphPath, subgraphs, metricsUrl, shutDown: (graceMs) => edge.shutDown(graceMs), close };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}
