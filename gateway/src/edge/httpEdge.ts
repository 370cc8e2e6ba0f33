import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import proxyAddr from 'proxy-addr';
import type { ErrorCode, Identity } from '@campus/schema';
import { log, metrics, registry, traceOf } from '@campus/subgraph-runtime';
import type { HubContext } from '../hubContext';
import type { HealthReport } from '../hubHealth';
import { serveExport, type ExportSources } from '../exports/serveExport';
import { credentialsOf } from './authorization';
import { graphqlResponseStatus } from './graphqlResponseStatus';
import { RateLimits, type Admission, type RateLimitSettings } from './rateLimits';
import { readRequestBody } from './requestBody';
import { inlineScriptHashes, securityHeaders } from './securityHeaders';
import { admitOperation, type OperationManifest, type PersistedOperationRequest } from './persistedOperations';
import { loadStaticAssets } from './staticAssets';
import type { KeyVerifier } from '../keys/keyVerification';

export interface EdgeLimits {
  maxRequestBytes: number;
  rateLimits: RateLimitSettings;
  /** Proxies whose X-Forwarded-For is believed (proxy-addr's trust list); none by default. */
  trustProxy: string[];
  /** Callers without a key run only the registered operations (the widget's and the portal's). */
  registeredOperationsOnly: boolean;
  /** How long shared caches may keep a registered query's answer to a GET without a key (0: not at all). */
  publicCacheSeconds: number;
}

export interface EdgeOptions {
  apollo: ApolloServer<HubContext>;
  /** The catalog and providers subgraphs themselves, for exports (bulk pages, no joins). */
  exports: ExportSources;
  health: () => Promise<HealthReport>;
  corsOrigins: string[];
  /** Who a key stands for, or null for an unknown or revoked one (throwing when no one can tell now); and that identity signed for the subgraphs. */
  keys: { authenticate: KeyVerifier; sign(identity: Identity): string };
  limits: EdgeLimits;
  /** The operations registered at build time, accepted by their hashes. */
  operations: OperationManifest;
}

export interface HttpEdge {
  server: Server;
  /** Stops accepting, lets the requests in flight finish within `graceMs`, then closes what is left. */
  shutDown(graceMs: number): Promise<void>;
}

const EXAMPLE_QUERY = `# The Digital Campus Hub: courses on digital skills in Leipzig.
# Press the play button, or open the docs on the left.
# The API guide (keys, paging, errors and their codes, limits, versioning): /docs/api.md
query NextOfferings {
  offerings(first: 5, search: "Daten") {
    totalCount
    edges {
      node {
        title
        provider { name kind }
        occurrences { start end timeZone }
        cost { kind amount currency }
        source { feed { url } }
      }
    }
  }
}
`;

interface Edge {
  options: EdgeOptions;
  rateLimits: RateLimits;
  headers: ReturnType<typeof securityHeaders>;
  assets: ReturnType<typeof loadStaticAssets>;
  graphiql: { html: string; gzipped: Buffer };
  clientAddress: (request: IncomingMessage) => string;
  closing: boolean;
}

/** What the edge knows of one request while it answers it. */
interface Exchange {
  requestId: string;
  trace: ReturnType<typeof traceOf>;
  observed: HubContext['observed'];
}

/** A request id a caller sent is kept if it looks like one (a proxy's, say); else the edge makes one. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** The route a request counts under in the metrics: a few known paths, never what a caller made up. */
function routeOf(path: string): string {
  if (path.startsWith('/export/')) return '/export';
  return ['/graphql', '/health', '/metrics', '/', '/embed', '/partners', '/widget.js', '/home.js', '/embed.js', '/partners.js'].includes(path) ? path : 'other';
}

/** The hub's HTTP edge: GraphQL at /graphql (with GraphiQL for browsers), the pages, exports, /health, CORS, limits, headers. */
export function createHttpEdge(options: EdgeOptions): HttpEdge {
  // GraphiQL comes with everything inlined (about 9 MB) so that it works offline; compressed once here.
  const html = renderGraphiQL({ title: 'Digital Campus Hub', defaultQuery: EXAMPLE_QUERY, endpoint: '/graphql' });
  const trusted = proxyAddr.compile(options.limits.trustProxy);
  const edge: Edge = {
    options,
    rateLimits: new RateLimits(options.limits.rateLimits),
    headers: securityHeaders({ graphiqlScriptHashes: inlineScriptHashes(html), frameAncestors: options.corsOrigins }),
    assets: loadStaticAssets(options.operations),
    graphiql: { html, gzipped: gzipSync(html) },
    clientAddress: (request) => proxyAddr(request, trusted),
    closing: false,
  };
  let inFlight = 0;
  let drained: (() => void) | null = null;
  const server = createServer((request, response) => {
    inFlight += 1;
    const started = performance.now();
    const incoming = request.headers['x-request-id'];
    const exchange: Exchange = {
      requestId: typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID(),
      trace: traceOf(request.headers.traceparent),
      observed: { operation: null },
    };
    response.setHeader('x-request-id', exchange.requestId);
    response.once('close', () => {
      inFlight -= 1;
      if (inFlight === 0) drained?.();
      // The path without its query: what visitors search for is theirs, not the log's.
      const route = routeOf(new URL(request.url ?? '/', 'http://localhost').pathname);
      metrics.httpRequests.inc({ route, status: String(response.statusCode) });
      log.info({ part: 'gateway', requestId: exchange.requestId, traceId: exchange.trace.traceId, spanId: exchange.trace.spanId, method: request.method, route, operation: exchange.observed.operation ?? undefined, status: response.statusCode, ms: Math.round(performance.now() - started) }, 'request');
    });
    if (edge.closing) response.setHeader('connection', 'close');
    handle(request, response, edge, exchange).catch((error: unknown) => {
      // Whatever went wrong stays in the hub's log; the caller learns only that it did.
      log.error({ part: 'gateway', requestId: exchange.requestId, err: error }, 'a request failed');
      if (!response.headersSent) sendError(response, 500, 'INTERNAL_SERVER_ERROR', 'internal error', { requestId: exchange.requestId });
      else response.end();
    });
  });
  return {
    server,
    shutDown: async (graceMs) => {
      edge.closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) {
        await Promise.race([new Promise<void>((resolve) => (drained = resolve)), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
      }
      server.closeAllConnections();
      await closed;
    },
  };
}

async function handle(request: IncomingMessage, response: ServerResponse, edge: Edge, exchange: Exchange): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const { options } = edge;
  setCors(request, response, options.corsOrigins);
  if (request.method === 'OPTIONS') {
    edge.headers('api', request, response);
    return void response.writeHead(204).end();
  }
  if (url.pathname === '/health') {
    edge.headers('api', request, response);
    const report = await options.health();
    response.setHeader('cache-control', 'no-store');
    return sendJson(response, report.status === 'ok' ? 200 : 503, report);
  }
  const asset = edge.assets.get(url.pathname);
  if (asset && (request.method === 'GET' || request.method === 'HEAD')) {
    edge.headers(asset.kind, request, response);
    // Any page may load the widget's script (CORS decides what it may then ask of the API).
    if (asset.kind === 'script') response.setHeader('access-control-allow-origin', '*');
    const gzip = acceptsGzip(request);
    return void response
      .writeHead(200, { 'content-type': asset.contentType, 'cache-control': asset.cacheControl, vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
      .end(gzip ? asset.gzipped : asset.body);
  }
  if (url.pathname === '/graphql' && request.method === 'GET' && !url.search && (request.headers.accept ?? '').includes('text/html')) {
    edge.headers('graphiql', request, response);
    return sendGraphiQL(request, response, edge.graphiql);
  }
  edge.headers('api', request, response);
  const isExport = url.pathname.startsWith('/export/') && request.method === 'GET';
  if (!isExport && url.pathname !== '/graphql' && url.pathname !== '/metrics') return send(response, 404, 'text/plain; charset=utf-8', 'Not found. The API is at /graphql.');

  const caller = await admitCaller(request, response, edge);
  if (!caller) return;
  if (url.pathname === '/metrics') return serveMetrics(response, caller);
  if (isExport) return serveExport(request, response, url, options.exports);
  return serveGraphQL(request, response, url, edge, caller, { identityHeader: options.keys.sign(caller), requestId: exchange.requestId, trace: exchange.trace, observed: exchange.observed });
}

/** Prometheus metrics, for admins' keys only on this port (HUB_METRICS_PORT serves them without one, privately). */
async function serveMetrics(response: ServerResponse, caller: Identity): Promise<void> {
  if (caller.role !== 'ADMIN') {
    return sendError(response, 403, 'FORBIDDEN', 'the metrics need an admin key (or HUB_METRICS_PORT for a private port)');
  }
  send(response, 200, registry.contentType, await registry.metrics());
}

/** The metrics on a port of their own, for a Prometheus on a private network: nothing else is served there. */
export function createMetricsServer(): Server {
  return createServer((request, response) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/metrics') return send(response, 404, 'text/plain; charset=utf-8', 'Not found. Metrics are at /metrics.');
    registry.metrics().then(
      (text) => send(response, 200, registry.contentType, text),
      () => send(response, 500, 'text/plain; charset=utf-8', 'internal error'),
    );
  });
}

/**
 * Who is calling, checked before anything costly: a malformed Authorization header or an unknown key
 * gets 401, an address that sent too many wrong keys waits, and every caller keeps to its budget
 * (429 with Retry-After). Answers the refusal itself and returns null then.
 */
async function admitCaller(request: IncomingMessage, response: ServerResponse, edge: Edge): Promise<Identity | null> {
  const address = edge.clientAddress(request);
  const credentials = credentialsOf(request.headers.authorization);
  if (credentials.kind === 'malformed') {
    response.setHeader('www-authenticate', 'Bearer realm="Digital Campus Hub", error="invalid_request"');
    sendError(response, 401, 'UNAUTHENTICATED', 'the Authorization header must be "Bearer" and an API key');
    return null;
  }
  let identity: Identity = { role: 'PUBLIC' };
  if (credentials.kind === 'key') {
    const wait = await edge.rateLimits.lockedOutFor(address);
    if (wait > 0) {
      refuse(response, { allowed: false, retryAfterSeconds: wait, headers: { 'retry-after': String(wait) } }, `too many wrong API keys from this address; try again in ${wait} s`);
      return null;
    }
    let known: Identity | null;
    try {
      known = await edge.options.keys.authenticate(credentials.key);
    } catch (error) {
      // The providers service that knows the keys is away: the caller may try again, the key is not wrong.
      log.warn({ part: 'gateway', err: error }, 'a key could not be checked');
      response.setHeader('retry-after', '5');
      sendError(response, 503, 'SERVICE_UNAVAILABLE', 'API keys cannot be checked just now (the providers service is unavailable); try again shortly', { service: 'providers' });
      return null;
    }
    if (!known) {
      await edge.rateLimits.wrongKey(address);
      response.setHeader('www-authenticate', 'Bearer realm="Digital Campus Hub", error="invalid_token"');
      sendError(response, 401, 'UNAUTHENTICATED', 'the API key is not valid (unknown or revoked)');
      return null;
    }
    await edge.rateLimits.rightKey(address);
    identity = known;
  }
  const admission = await edge.rateLimits.admit(identity.role === 'PUBLIC' ? { address } : { keyId: identity.keyId });
  if (!admission.allowed) {
    refuse(response, admission, `too many requests; try again in ${admission.retryAfterSeconds} s`);
    return null;
  }
  for (const [name, value] of Object.entries(admission.headers)) response.setHeader(name, value);
  return identity;
}

function refuse(response: ServerResponse, admission: Extract<Admission, { allowed: false }>, message: string): void {
  metrics.rateLimited.inc({ kind: message.startsWith('too many wrong') ? 'wrong keys' : 'requests' });
  for (const [name, value] of Object.entries(admission.headers)) response.setHeader(name, value);
  sendError(response, 429, 'RATE_LIMITED', message, { retryAfterSeconds: admission.retryAfterSeconds });
}

async function serveGraphQL(request: IncomingMessage, response: ServerResponse, url: URL, edge: Edge, caller: Identity, context: HubContext): Promise<void> {
  let body: unknown = undefined;
  if (request.method === 'POST') {
    const read = await readRequestBody(request, edge.options.limits.maxRequestBytes);
    if (read.kind === 'too-large') {
      response.setHeader('connection', 'close');
      return sendError(response, 413, 'PAYLOAD_TOO_LARGE', `the request is larger than ${edge.options.limits.maxRequestBytes} bytes`);
    }
    if (read.kind === 'unreadable') return sendError(response, 400, 'BAD_REQUEST', 'the request body could not be read');
    // Only a JSON body is read as one; Apollo Server refuses any other, naming the content type it wants.
    if (/^application\/json\b/i.test(request.headers['content-type'] ?? '') && read.text.length > 0) {
      try {
        body = JSON.parse(read.text);
      } catch {
        return sendError(response, 400, 'BAD_REQUEST', 'the request body is not valid JSON');
      }
    }
  }
  const admission = admitOperation(operationRequestOf(request.method, url, body), edge.options.operations, { registeredOnly: edge.options.limits.registeredOperationsOnly, keyless: caller.role === 'PUBLIC', get: request.method === 'GET' });
  if (!admission.admitted) {
    for (const [name, value] of Object.entries(admission.headers ?? {})) response.setHeader(name, value);
    return sendError(response, admission.status, admission.code, admission.message);
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const result = await edge.options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
    context: async () => context,
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  if (result.body.kind === 'complete') {
    response.statusCode = graphqlResponseStatus(result.status ?? 200, result.headers.get('content-type'), result.body.string);
    if (admission.publiclyCacheable && edge.options.limits.publicCacheSeconds > 0 && answeredWithoutErrors(response.statusCode, result.body.string)) {
      // The widget's searches, the same for every visitor: a CDN or the browser may keep them a while.
      response.setHeader('cache-control', `public, max-age=${edge.options.limits.publicCacheSeconds}`);
      response.setHeader('vary', 'accept, accept-encoding, origin');
    }
    return void response.end(result.body.string);
  }
  response.statusCode = result.status ?? 200;
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** What names the operation: the query string's parameters for a GET, the JSON body's for a POST. */
function operationRequestOf(method: string | undefined, url: URL, body: unknown): PersistedOperationRequest {
  if (method !== 'GET') return typeof body === 'object' && body !== null ? body : {};
  let extensions: unknown = undefined;
  try {
    extensions = JSON.parse(url.searchParams.get('extensions') ?? 'null') ?? undefined;
  } catch {
    // Apollo Server refuses extensions that are not JSON, in its own words.
  }
  return { query: url.searchParams.get('query') ?? undefined, extensions };
}

function answeredWithoutErrors(status: number, body: string): boolean {
  if (status !== 200) return false;
  try {
    return !('errors' in (JSON.parse(body) as object));
  } catch {
    return false;
  }
}

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
}

function sendGraphiQL(request: IncomingMessage, response: ServerResponse, page: Edge['graphiql']): void {
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=3600', vary: 'accept-encoding' };
  if (acceptsGzip(request)) response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(page.gzipped);
  else response.writeHead(200, headers).end(page.html);
}

function setCors(request: IncomingMessage, response: ServerResponse, origins: string[]): void {
  const origin = request.headers.origin;
  if (!origin) return;
  if (origins.includes('*')) response.setHeader('access-control-allow-origin', '*');
  else if (origins.includes(origin)) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('vary', 'origin');
  } else return;
  response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  response.setHeader('access-control-allow-headers', 'content-type, authorization, apollo-require-preflight');
  response.setHeader('access-control-expose-headers', 'retry-after, ratelimit-limit, ratelimit-remaining, ratelimit-reset, ratelimit-policy, x-request-id');
  response.setHeader('access-control-max-age', '600');
}

/** A refusal in the GraphQL-over-HTTP shape, with one of the documented codes. */
function sendError(response: ServerResponse, status: number, code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): void {
  sendJson(response, status, { errors: [{ message, extensions: { code, ...extensions } }] });
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType }).end(body);
}
