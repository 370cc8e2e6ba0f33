import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { ExportOfferingsDocument } from '../generated/exportOperations';
import { ExportProviderNamesDocument } from '../generated/exportProviderOperations';
import type { ExportOffering } from './exportOffering';
import { ExportQueryError, parseExportQuery, type ExportQuery } from './exportQuery';
import { renderCsv } from './renderCsv';
import { renderICalendar } from './renderICalendar';
import { renderJsonLd } from './renderJsonLd';
import { renderRss } from './renderRss';
import type { SubgraphOperation } from '../subgraphOperation';

const FORMATS: Record<string, { type: string; render: (offerings: ExportOffering[], self: string) => string }> = {
  ics: { type: 'text/calendar; charset=utf-8', render: (o) => renderICalendar(o, 'Digital Campus Leipzig') },
  rss: { type: 'application/rss+xml; charset=utf-8', render: (o, self) => renderRss(o, 'Digital Campus Leipzig', self) },
  jsonld: { type: 'application/ld+json; charset=utf-8', render: (o) => renderJsonLd(o, 'Digital Campus Leipzig') },
  csv: { type: 'text/csv; charset=utf-8', render: (o) => renderCsv(o) },
};

class ExportFailed extends Error {}

function dataOf<T>(result: { data?: T | null; errors?: readonly { message: string }[] }): T {
  if (result.errors?.length || !result.data) throw new ExportFailed(result.errors?.map((e) => e.message).join('; ') ?? 'no data');
  return result.data;
}

/**
 * The offerings of an export: one page from the catalog subgraph, which answers the same search and
 * filter as the public API with the same code, so exports and queries agree. Asked of the catalog
 * directly because the public API's pages of 100 meant a search pass per page and the gateway's
 * join of provider names per offering; the names of the providers (a few dozen) are read once.
 */
async function exportOfferings(sources: ExportSources, query: ExportQuery): Promise<ExportOffering[]> {
  const { offerings } = dataOf(await sources.readCatalog(ExportOfferingsDocument, { search: query.search, filter: query.filter, sort: query.sort, first: query.limit }));
  const ids = [...new Set(offerings.edges.flatMap(({ node }) => (node.provider ? [node.provider.id] : [])))];
  const names = ids.length === 0 ? [] : dataOf(await sources.readProviders(ExportProviderNamesDocument, { providers: ids.map((id) => ({ __typename: 'Provider', id })) }))._entities;
  const nameOf = new Map(names.flatMap((p) => (p ? [[p.id, p.name] as const] : [])));
  return offerings.edges.map(({ node }) => {
    const providerId = node.provider?.id ?? '';
    return { ...node, provider: { name: nameOf.get(providerId) ?? providerId } };
  });
}

/** What an export reads: the catalog subgraph for offerings, the providers subgraph for their names. */
export interface ExportSources {
  readCatalog: SubgraphOperation;
  readProviders: SubgraphOperation;
}

/**
 * `/export/offerings.{ics,rss,jsonld,csv}?search=…&formats=…`: the catalogue as files to subscribe
 * to or open, with ETag and Cache-Control; a matching If-None-Match gets 304.
 */
export async function serveExport(request: IncomingMessage, response: ServerResponse, url: URL, sources: ExportSources): Promise<void> {
  const format = FORMATS[url.pathname.replace('/export/offerings.', '')];
  if (!format) return void response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Exports: /export/offerings.ics, .rss, .jsonld, .csv');
  let offerings: ExportOffering[];
  try {
    offerings = await exportOfferings(sources, parseExportQuery(url.searchParams));
  } catch (error) {
    if (error instanceof ExportQueryError || error instanceof ExportFailed) {
      return void response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`Bad export request: ${error.message}`);
    }
    if (error instanceof GraphQLError && error.extensions['code'] === 'SERVICE_UNAVAILABLE') {
      return void response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' }).end(`The export cannot be made right now: ${error.message}`);
    }
    throw error;
  }
  // The feed names its own address; a Host header that is no host name is not echoed back.
  const host = request.headers.host ?? '';
  const self = /^[\w.-]+(:\d+)?$/.test(host) ? `http://${host}${url.pathname}${url.search}` : `${url.pathname}${url.search}`;
  const body = format.render(offerings, self);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = { etag, 'cache-control': 'public, max-age=300', vary: 'accept-encoding' };
  if (request.headers['if-none-match'] === etag) return void response.writeHead(304, headers).end();
  response.writeHead(200, { ...headers, 'content-type': format.type }).end(body);
}
