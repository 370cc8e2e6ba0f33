import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './testHub';

let hub: TestHub;
let site: Server;
const keys: Record<string, string> = {};

interface Reply {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function as(who: string | null, query: string, variables: Record<string, unknown> = {}): Promise<Reply> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${keys[who]}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Reply;
}

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

/** Every id of a paged list, followed page by page as a client would, with each page's totalCount. */
async function followPages(who: string | null, list: string, first: number): Promise<{ ids: string[]; totals: number[]; pages: number }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  let pages = 0;
  do {
    const reply = await as(who, `query($first: Int, $after: String) { ${list}(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`, { first, after });
    expect(reply.errors).toBeUndefined();
    const page = reply.data![list] as Page;
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.edges.length).toBeLessThanOrEqual(first);
    ids.push(...page.edges.map((edge) => edge.node.id));
    totals.push(page.totalCount);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    pages += 1;
  } while (after);
  return { ids, totals, pages };
}

const idsOf = async (who: string | null, list: string): Promise<string[]> => ((await as(who, `{ ${list} { id } }`)).data![list] as { id: string }[]).map((item) => item.id);

beforeAll(async () => {
  site = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss version="2.0"><channel><item><guid>a</guid><title>Kurs</title></item></channel></rss>'));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/feed.rss`;
  hub = await startTestHub({ HUB_SCHEDULER: 'off', HUB_ALLOW_PRIVATE_HOSTS: new URL(feedUrl).host });
  keys['admin'] = (await hub.providers!.keys.create({ role: 'ADMIN', name: 'Stadt', providerId: null })).key;
  keys['vhs'] = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: 'VHS' })).key;
  keys['uni'] = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'uni-leipzig', name: 'Uni' })).key;
  for (let i = 0; i < 3; i += 1) await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: `VHS ${i}` });
  // A provider name shared by two, so that the cursor's tie-break by id counts.
  for (const [id, name] of [['bib-a', 'Bibliothek'], ['bib-b', 'Bibliothek'], ['zoo', 'Zoo Leipzig']]) {
    expect((await as('admin', 'mutation($input: ProviderInput!) { createProvider(input: $input) { __typename } }', { input: { id, name, kind: 'CITY' } })).errors).toBeUndefined();
  }
  // A partner's feed waiting for approval: shown to that partner and admins, and needing attention.
  const pending = await as('vhs', 'mutation($url: String!) { registerFeed(input: { url: $url, providerId: "vhs-leipzig" }) { __typename } }', { url: feedUrl });
  expect(pending.data).toEqual({ registerFeed: { __typename: 'FeedChanged' } });
});
afterAll(async () => {
  site.close();
  await hub.close();
});

describe('paged lists', () => {
  it('page the providers by name, each once, with the same count on every page', async () => {
    const all = await idsOf(null, 'providers');
    const paged = await followPages(null, 'providersConnection', 2);
    expect(paged.ids).toEqual(all);
    expect(all).toEqual(expect.arrayContaining(['bib-a', 'bib-b', 'zoo']));
    expect(paged.pages).toBe(Math.ceil(all.length / 2));
    expect(new Set(paged.totals)).toEqual(new Set([all.length]));
  });

  it('page the feeds each caller may see, as the whole list shows them', async () => {
    for (const who of [null, 'uni', 'vhs', 'admin']) {
      const all = await idsOf(who, 'feeds');
      const paged = await followPages(who, 'feedsConnection', 1);
      expect(paged.ids, String(who)).toEqual(all);
      expect(paged.totals[0], String(who)).toBe(all.length);
    }
    expect((await idsOf('vhs', 'feeds')).length).toBe((await idsOf(null, 'feeds')).length + 1);
    const attention = await followPages('admin', 'feedsNeedingAttentionConnection', 1);
    expect(attention.ids).toEqual(await idsOf('admin', 'feedsNeedingAttention'));
    expect(attention.ids).toHaveLength(1);
    expect((await as('vhs', '{ feedsNeedingAttentionConnection { totalCount } }')).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('page the keys newest first: all for admins, a partner its own, the public none', async () => {
    const admin = await followPages('admin', 'apiKeysConnection', 2);
    expect(admin.ids).toEqual(await idsOf('admin', 'apiKeys'));
    expect(admin.ids).toHaveLength(6);
    const vhs = await followPages('vhs', 'apiKeysConnection', 3);
    expect(vhs.ids).toEqual(await idsOf('vhs', 'apiKeys'));
    expect(vhs.ids).toHaveLength(4);
    expect(vhs.pages).toBe(2);
    expect((await as(null, '{ apiKeysConnection { totalCount edges { node { id } } } }')).data).toEqual({ apiKeysConnection: { totalCount: 0, edges: [] } });
  });

  it('refuse a page size out of range and a cursor they did not give out, naming the argument', async () => {
    const tooMany = await as(null, '{ providersConnection(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    for (const after of ['nonsense', Buffer.from('[1,2]').toString('base64url'), Buffer.from('["a"]').toString('base64url')]) {
      const forged = await as(null, 'query($after: String) { providersConnection(after: $after) { totalCount } }', { after });
      expect(forged.errors?.[0], after).toMatchObject({ message: '"after" is not a cursor this API gave out', extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
    }
  });

  it('mark the whole lists deprecated, with the date after which they go', async () => {
    const reply = await as(null, '{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }');
    const fields = (reply.data!['__type'] as { fields: { name: string; isDeprecated: boolean; deprecationReason: string | null }[] }).fields;
    for (const name of ['providers', 'feeds', 'feedsNeedingAttention', 'apiKeys']) {
      expect(fields.find((f) => f.name === name), name).toMatchObject({ isDeprecated: true, deprecationReason: `Use ${name}Connection, which pages; removed after 2027-06-01.` });
      expect(fields.find((f) => f.name === `${name}Connection`), name).toMatchObject({ isDeprecated: false });
    }
  });
});
