import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { serveExport } from './exports/serveExport';
import type { SubgraphOperation } from './subgraphOperation';

const MAX_REQUEST_BYTES = 1024 * 1024;

export interface EdgeOptions {
  apollo: ApolloServer<BaseContext>;
  /** The catalog subgraph itself, for exports (bulk pages, no joins). */
  readCatalog: SubgraphOperation;
  health: () => { ready: boolean; body: Record<string, unknown> };
  corsOrigins: string[];
  /** Turns a request's `Authorization: Bearer` key into the signed identity header; null when the key is not valid. */
  identify: (key: string | null) => string | null;
}

const EXAMPLE_QUERY = `# The Digital Campus Hub: courses on digital skills in Leipzig.
# Press the play button, or open the docs on the left.
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

/** The hub's HTTP edge: GraphQL at /graphql (with GraphiQL for browsers), the partner portal, exports, /health, CORS. */
export function createHttpEdge(options: EdgeOptions): Server {
  const portal = readFileSync(new URL('../portal/partners.html', import.meta.url));
  const pages = {
    '/': readFileSync(new URL('../widget/home.html', import.meta.url)),
    '/embed': readFileSync(new URL('../widget/embed.html', import.meta.url)),
  };
  const widget = readFileSync(new URL('../widget/campus-catalogue.js', import.meta.url));
  const widgetGzipped = gzipSync(widget);
  // GraphiQL comes with everything inlined (about 9 MB) so that it works offline; compressed once here.
  const html = renderGraphiQL({ title: 'Digital Campus Hub', defaultQuery: EXAMPLE_QUERY, endpoint: '/graphql' } as never);
  const graphiql = { html, gzipped: gzipSync(html) };
  return createServer((request, response) => {
    handle(request, response, options, graphiql, portal, { pages, widget, widgetGzipped }).catch(() => {
      if (!response.headersSent) send(response, 500, 'application/json', JSON.stringify({ errors: [{ message: 'internal error' }] }));
      else response.end();
    });
  });
}

interface WidgetAssets {
  pages: Record<string, Buffer>;
  widget: Buffer;
  widgetGzipped: Buffer;
}

async function handle(request: IncomingMessage, response: ServerResponse, options: EdgeOptions, graphiql: GraphiQLPage, portal: Buffer, assets: WidgetAssets): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  setCors(request, response, options.corsOrigins);
  if (request.method === 'OPTIONS') return void response.writeHead(204).end();
  if (url.pathname === '/health') {
    const { ready, body } = options.health();
    return send(response, ready ? 200 : 503, 'application/json', JSON.stringify(body));
  }
  const page = assets.pages[url.pathname];
  if (page) return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(page);
  if (url.pathname === '/widget.js') {
    // Any page may load the widget; it then calls this hub's API, where CORS decides.
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    return void response
      .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600', 'access-control-allow-origin': '*', vary: 'accept-encoding', ...(gzip ? { 'content-encoding': 'gzip' } : {}) })
      .end(gzip ? assets.widgetGzipped : assets.widget);
  }
  if (url.pathname.startsWith('/export/') && request.method === 'GET') return serveExport(request, response, url, options);
  if (url.pathname === '/partners') {
    return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'" }).end(portal);
  }
  if (url.pathname !== '/graphql') return send(response, 404, 'text/plain; charset=utf-8', 'Not found. The API is at /graphql.');
  if (request.method === 'GET' && !url.search && (request.headers.accept ?? '').includes('text/html')) {
    return sendGraphiQL(request, response, graphiql);
  }
  const body = await readBody(request);
  if (body === null) return send(response, 413, 'application/json', JSON.stringify({ errors: [{ message: 'the request is larger than 1 MiB' }] }));
  let parsed: unknown = undefined;
  if (request.method === 'POST') {
    try {
      parsed = body.length > 0 ? JSON.parse(body) : undefined;
    } catch {
      return send(response, 400, 'application/json', JSON.stringify({ errors: [{ message: 'the request body is not valid JSON' }] }));
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? null;
  const identityHeader = options.identify(bearer);
  if (identityHeader === null) {
    return send(response, 401, 'application/json', JSON.stringify({ errors: [{ message: 'the API key is not valid (unknown or revoked)', extensions: { code: 'UNAUTHENTICATED' } }] }));
  }
  const result = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: parsed },
    context: async () => ({ identityHeader }),
  });
  for (const [key, value] of result.headers) response.setHeader(key, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') return void response.end(result.body.string);
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

interface GraphiQLPage {
  html: string;
  gzipped: Buffer;
}

function sendGraphiQL(request: IncomingMessage, response: ServerResponse, page: GraphiQLPage): void {
  const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=3600', vary: 'accept-encoding' };
  if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
    response.writeHead(200, { ...headers, 'content-encoding': 'gzip' }).end(page.gzipped);
  } else {
    response.writeHead(200, headers).end(page.html);
  }
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
  response.setHeader('access-control-max-age', '600');
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) {
        resolve(null);
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType }).end(body);
}
