import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated';
import { startTestHub, type TestHub } from './testHub';

let hub: TestHub;
let site: Server;
let feedUrl: string;
const keys: Record<string, string> = {};
let vhsFeed = '';
let pendingFeed = '';

const RSS = '<rss version="2.0"><channel><item><guid>a</guid><title>Kurs ohne Ort</title><category>Sicherheit im Netz</category></item></channel></rss>';
const RESULT = '__typename';

async function as(who: string | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${keys[who]}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, { __typename: string; feed?: { id: string } }>; errors?: { message: string }[] };
}

beforeAll(async () => {
  site = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS));
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/feed.rss`;
  hub = await startTestHub({ HUB_SCHEDULER: 'off', HUB_MAX_FEEDS_PER_PROVIDER: '3', HUB_ALLOW_PRIVATE_HOSTS: new URL(feedUrl).host });
  keys['vhs'] = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: 'VHS' })).key;
  keys['uni'] = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'uni-leipzig', name: 'Uni' })).key;
  keys['admin'] = (await hub.providers!.keys.create({ role: 'ADMIN', name: 'Stadt', providerId: null })).key;
  const input = {
    url: feedUrl,
    providerId: 'vhs-leipzig',
    defaults: { location: { name: 'VHS im Westwerk', address: 'Karl-Heine-Straße 85, 04229 Leipzig-Plagwitz' }, categoryMapping: [{ category: 'Sicherheit im Netz', values: ['SAFETY', 'CITIZENS'] }] },
  };
  const registered = await as('admin', `mutation($input: RegisterFeedInput!) { registerFeed(input: $input) { __typename ... on FeedChanged { feed { id } } } }`, { input });
  vhsFeed = registered.data!['registerFeed']!.feed!.id;
  const pending = await as('vhs', `mutation($input: RegisterFeedInput!) { registerFeed(input: $input) { __typename ... on FeedChanged { feed { id } } } }`, { input: { url: feedUrl, providerId: 'vhs-leipzig' } });
  pendingFeed = pending.data!['registerFeed']!.feed!.id;
});

afterAll(async () => {
  await hub.close();
  site.close();
});

describe('what a partner may not do', () => {
  it('refuses every feed mutation across partners and to the public', async () => {
    const mutations: [string, string, Record<string, unknown>][] = [
      ['updateFeed', `mutation($id: ID!) { updateFeed(id: $id, input: { intervalMinutes: 30 }) { ${RESULT} } }`, { id: vhsFeed }],
      ['pauseFeed', `mutation($id: ID!) { pauseFeed(id: $id) { ${RESULT} } }`, { id: vhsFeed }],
      ['resumeFeed', `mutation($id: ID!) { resumeFeed(id: $id) { ${RESULT} } }`, { id: vhsFeed }],
      ['harvestFeedNow', `mutation($id: ID!) { harvestFeedNow(id: $id) { ${RESULT} } }`, { id: vhsFeed }],
      ['removeFeed', `mutation($id: ID!) { removeFeed(id: $id) { ${RESULT} } }`, { id: vhsFeed }],
      ['approveFeed', `mutation($id: ID!) { approveFeed(id: $id) { ${RESULT} } }`, { id: pendingFeed }],
      ['rejectFeed', `mutation($id: ID!) { rejectFeed(id: $id, reason: "nein") { ${RESULT} } }`, { id: pendingFeed }],
      ['registerFeed', `mutation($url: String!) { registerFeed(input: { url: $url, providerId: "vhs-leipzig" }) { ${RESULT} } }`, { url: feedUrl }],
      ['updateProvider', `mutation { updateProvider(id: "vhs-leipzig", input: { description: "x" }) { ${RESULT} } }`, {}],
      ['createProvider', `mutation { createProvider(input: { id: "neu", name: "Neu", kind: OTHER }) { ${RESULT} } }`, {}],
      ['validateFeed', `mutation($url: String!) { validateFeed(url: $url) { ${RESULT} } }`, { url: feedUrl }],
    ];
    for (const [name, query, variables] of mutations) {
      for (const who of ['uni', null]) {
        if (name === 'validateFeed' && who === 'uni') continue;
        const answer = await as(who, query, variables);
        expect(answer.data?.[name]?.__typename, `${name} as ${who ?? 'the public'}`).toBe('NotAllowed');
      }
    }
    expect((await as('vhs', `mutation($id: ID!) { approveFeed(id: $id) { ${RESULT} } }`, { id: pendingFeed })).data!['approveFeed']!.__typename).toBe('NotAllowed');
  });

  it('hides other providers\' pending feeds', async () => {
    const seen = (await as('uni', '{ feeds { id } }')).data!['feeds'] as unknown as { id: string }[];
    expect(seen.map((f) => f.id)).not.toContain(pendingFeed);
    const own = (await as('vhs', '{ feeds { id } }')).data!['feeds'] as unknown as { id: string }[];
    expect(own.map((f) => f.id)).toContain(pendingFeed);
  });

  it('stops a provider at its feed limit', async () => {
    const again = await as('vhs', `mutation($url: String!) { registerFeed(input: { url: $url, providerId: "vhs-leipzig" }) { ${RESULT} } }`, { url: feedUrl });
    expect(again.data!['registerFeed']!.__typename).toBe('FeedLimitReached');
  });
});

describe('a feed\'s defaults', () => {
  it('place items without a venue and map the feed\'s own categories', async () => {
    await as('admin', `mutation($id: ID!) { harvestFeedNow(id: $id) { ${RESULT} } }`, { id: vhsFeed });
    const found = await hub.query(graphql(`query OfferingWithoutVenue { offerings(search: "Kurs ohne Ort") { edges { node { location { name district } topics classification { source evidence } } } } }`),
    );
    const node = found.data!.offerings.edges[0]!.node;
    expect(node.location).toEqual({ name: 'VHS im Westwerk', district: 'Plagwitz' });
    expect(node.topics).toEqual(['SAFETY']);
    expect(node.classification[0]).toEqual({ source: 'CATEGORY', evidence: 'category "Sicherheit im Netz"' });
  });
});
