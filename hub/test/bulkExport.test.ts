import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated';
import type { OfferingIdsQuery } from './generated/graphql';
import { startTestHub, type TestHub } from './testHub';

const ITEMS = 250;

const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Partner</title><link>https://partner.example/</link>${Array.from(
  { length: ITEMS },
  (_, i) => `<item><guid>item-${i}</guid><title>Kurs Nummer ${i}</title><link>https://partner.example/${i}</link></item>`,
).join('')}</channel></rss>`;

const PAGE = graphql(`query OfferingIds($first: Int, $after: String) { offerings(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`);

let partner: Server;
let configPath: string;

beforeAll(async () => {
  partner = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  configPath = join(tmpdir(), `campus-hub-bulk-${process.pid}.json`);
  writeFileSync(
    configPath,
    JSON.stringify({
      providers: [{ id: 'partner', name: 'Ein Partner', kind: 'INITIATIVE' }],
      feeds: [{ id: 'partner-feed', providerId: 'partner', url: `http://127.0.0.1:${(partner.address() as AddressInfo).port}/feed.rss` }],
    }),
  );
});
afterAll(() => partner.close());

describe.each([
  ['subgraphs inside the gateway process', 'local'],
  ['every subgraph served over HTTP', 'http'],
])('a large export, with %s', (_, mode) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ HUB_FEEDS_CONFIG: configPath, HUB_ALLOW_PRIVATE_HOSTS: `127.0.0.1:${(partner.address() as AddressInfo).port}`, HUB_SUBGRAPHS: mode });
  });
  afterAll(() => hub.close());

  it('holds more than a page of the API: the same offerings in the same order as paging through it', async () => {
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: OfferingIdsQuery = (await hub.query(PAGE, { first: 100, after })).data!;
      paged.push(...page.offerings.edges.map((e) => e.node.id));
      after = page.offerings.pageInfo.hasNextPage ? page.offerings.pageInfo.endCursor : null;
    } while (after);
    expect(paged).toHaveLength(ITEMS);

    const rows = parseCsv(await (await fetch(`${hub.url}/export/offerings.csv?limit=${ITEMS}`)).text(), { columns: true, bom: true }) as { id: string; provider: string }[];
    expect(rows.map((r) => r.id)).toEqual(paged);
    expect(new Set(rows.map((r) => r.provider))).toEqual(new Set(['Ein Partner']));

    const cut = parseCsv(await (await fetch(`${hub.url}/export/offerings.csv?limit=120`)).text(), { columns: true, bom: true }) as { id: string }[];
    expect(cut.map((r) => r.id)).toEqual(paged.slice(0, 120));
  });

  it('is no way around the public page size: the API still refuses 250 in one page, however it is asked', async () => {
    const expected = { message: '"first" must be between 0 and 100, not 250', extensions: { code: 'BAD_USER_INPUT', argument: 'first' } };
    const asVariable = await hub.query(PAGE, { first: ITEMS });
    expect(asVariable.status).toBe(400);
    expect(asVariable.errors?.[0]).toMatchObject(expected);
    const asDefault = await hub.query(`query($n: Int = ${ITEMS}) { ...Listing } fragment Listing on Query { offerings(first: $n) { totalCount } }`);
    expect(asDefault.status).toBe(400);
    expect(asDefault.errors?.[0]).toMatchObject(expected);
    const nested = await hub.query(`query($n: Int) { providers { offerings(first: $n) { totalCount } } }`, { n: ITEMS });
    expect(nested.errors?.[0]).toMatchObject(expected);
  });
});
