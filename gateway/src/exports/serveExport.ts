import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { MAX_PAGE_SIZE } from '@campus/schema';
import { EXPORT_FIELDS, type ExportOffering } from './exportOffering';
import { ExportQueryError, parseExportQuery, type ExportQuery } from './exportQuery';
import { renderCsv } from './renderCsv';
import { renderICalendar } from './renderICalendar';
import { renderJsonLd } from './renderJsonLd';
import { renderRss } from './renderRss';

const QUERY = `query Export($search: String, $filter: OfferingFilter, $sort: OfferingSort, $first: Int, $after: String) {
  offerings(search: $search, filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { node { ${EXPORT_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const FORMATS: Record<string, { type: string; render: (offerings: ExportOffering[], self: string) => string }> = {
  ics: { type: 'text/calendar; charset=utf-8', render: (o) => renderICalendar(o, 'Digital Campus Leipzig') },
  rss: { type: 'application/rss+xml; charset=utf-8', render: (o, self) => renderRss(o, 'Digital Campus Leipzig', self) },
  jsonld: { type: 'application/ld+json; charset=utf-8', render: (o) => renderJsonLd(o, 'Digital Campus Leipzig') },
  csv: { type: 'text/csv; charset=utf-8', render: (o) => renderCsv(o) },
};

class ExportFailed extends Error {}

/** The offerings of an export, page by page through the public API, so exports and queries agree. */
async function exportOfferings(apollo: ApolloServer<BaseContext>, query: ExportQuery): Promise<ExportOffering[]> {
  const offerings: ExportOffering[] = [];
  let after: string | null = null;
  while (offerings.length < query.limit) {
    const response = await apollo.executeOperation({
      query: QUERY,
      variables: { search: query.search, filter: query.filter, sort: query.sort, first: Math.min(MAX_PAGE_SIZE, query.limit - offerings.length), after },
    });
    if (response.body.kind !== 'single') throw new ExportFailed('unexpected response');
    const { data, errors } = response.body.singleResult as { data?: { offerings: { edges: { node: ExportOffering }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }; errors?: { message: string }[] };
    if (errors?.length || !data) throw new ExportFailed(errors?.map((e) => e.message).join('; ') ?? 'no data');
    offerings.push(...data.offerings.edges.map((e) => e.node));
    if (!data.offerings.pageInfo.hasNextPage) break;
    after = data.offerings.pageInfo.endCursor;
  }
  return offerings;
}

/**
 * `/export/offerings.{ics,rss,jsonld,csv}?search=…&formats=…`: the catalogue as files to subscribe
 * to or open, with ETag and Cache-Control; a matching If-None-Match gets 304.
 */
export async function serveExport(request: IncomingMessage, response: ServerResponse, url: URL, apollo: ApolloServer<BaseContext>): Promise<void> {
  const format = FORMATS[url.pathname.replace('/export/offerings.', '')];
  if (!format) return void response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Exports: /export/offerings.ics, .rss, .jsonld, .csv');
  let offerings: ExportOffering[];
  try {
    offerings = await exportOfferings(apollo, parseExportQuery(url.searchParams));
  } catch (error) {
    if (error instanceof ExportQueryError || error instanceof ExportFailed) {
      return void response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end(`Bad export request: ${error.message}`);
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
