import { NO_FEED_DEFAULTS } from '@campus/schema';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressPolicy } from '../src/fetch/addressPolicy';
import { FeedFetcher } from '../src/fetch/fetchFeed';
import { fetchAndReadFeed, type FeedSource } from '../src/harvest/fetchAndReadFeed';

let server: Server;
let base: string;
let brokenPage = 0;

function moochubPage(page: number, pages: number): string {
  return JSON.stringify({
    links: { next: page < pages ? `/courses?page=${page + 1}` : '' },
    data: [1, 2].map((n) => ({ type: 'courses', id: `p${page}-${n}`, attributes: { name: `Kurs ${page}.${n}`, url: `https://mooc.example/${page}/${n}` } })),
  });
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const page = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
    if (page === brokenPage) return void response.writeHead(500).end();
    response.writeHead(200, { 'content-type': 'application/vnd.api+json' }).end(moochubPage(page, 3));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server.close());

const source = (): FeedSource => ({ url: `${base}/courses`, format: null, defaults: NO_FEED_DEFAULTS, validators: null, contentHash: null });
const context = (maxPages = 20) => ({ fetcher: new FeedFetcher(addressPolicy([new URL(base).host])), now: new Date('2026-11-29T00:00:00Z'), horizonMonths: 12, maxPages });

describe('a paged MOOChub list', () => {
  it('is read across its pages by their next links', async () => {
    const reading = await fetchAndReadFeed(source(), context());
    expect(reading.kind === 'read' && reading.offerings.map((o) => o.itemKey)).toEqual(['p1-1', 'p1-2', 'p2-1', 'p2-2', 'p3-1', 'p3-2']);
  });

  it('stops at the page limit and says so', async () => {
    const reading = await fetchAndReadFeed(source(), context(2));
    expect(reading.kind === 'read' && reading.offerings).toHaveLength(4);
    expect(reading.kind === 'read' && reading.warnings).toEqual(['the list has more than 2 pages; the rest was not read']);
  });

  it('fails whole when a later page fails, so that no course is withdrawn by mistake', async () => {
    brokenPage = 2;
    const reading = await fetchAndReadFeed(source(), context());
    brokenPage = 0;
    expect(reading).toMatchObject({ kind: 'failed', error: expect.stringMatching(/^page 2 .*HTTP 500/) });
  });

  it('costs nothing when all pages read as before', async () => {
    const first = await fetchAndReadFeed(source(), context());
    const again = await fetchAndReadFeed({ ...source(), contentHash: first.kind === 'read' ? first.contentHash : null }, context());
    expect(again).toEqual({ kind: 'unchanged' });
  });
});
