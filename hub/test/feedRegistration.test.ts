import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated';
import { startTestHub, type TestHub } from './testHub';

let hub: TestHub;
let partner: Server;
let broken = false;
let feedUrl: string;
const keys: Record<'vhs' | 'uni' | 'admin', string> = { vhs: '', uni: '', admin: '' };

const RSS = '<rss version="2.0"><channel><title>Neu</title><item><guid>n1</guid><title>Neuer Kurs zur Bildbearbeitung</title><link>https://vhs.example/n1</link></item></channel></rss>';

async function as(who: keyof typeof keys | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(who ? { authorization: `Bearer ${keys[who]}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, { __typename: string; message?: string; feed?: { id: string; status: string; health: { status: string; rejectionReason: string | null } } }>; errors?: { message: string }[] };
}

const RESULT = `__typename ... on FeedChanged { feed { id status health { status rejectionReason } } } ... on NotAllowed { message } ... on NotFound { message } ... on FeedUrlRefused { message } ... on ValidationFailed { message } ... on FeedLimitReached { message }`;
const REGISTER = `mutation($input: RegisterFeedInput!) { registerFeed(input: $input) { ${RESULT} } }`;
const ACT = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { ${RESULT} } }`;

beforeAll(async () => {
  partner = createServer((request, response) =>
    broken && request.url === '/kaputt.rss' ? response.writeHead(500).end() : response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS),
  );
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}/neu.rss`;
  hub = await startTestHub({ HUB_SCHEDULER: 'off', HUB_ALLOW_PRIVATE_HOSTS: new URL(feedUrl).host });
  keys.vhs = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: 'VHS' })).key;
  keys.uni = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'uni-leipzig', name: 'Uni' })).key;
  keys.admin = (await hub.providers!.keys.create({ role: 'ADMIN', name: 'Stadt', providerId: null })).key;
});

afterAll(async () => {
  await hub.close();
  partner.close();
});

describe('a partner registering a feed', () => {
  let id = '';

  it('registers for its own provider only, and the feed waits for approval', async () => {
    const foreign = await as('uni', REGISTER, { input: { url: feedUrl, providerId: 'vhs-leipzig' } });
    expect(foreign.data!['registerFeed']).toMatchObject({ __typename: 'NotAllowed' });
    const anonymous = await as(null, REGISTER, { input: { url: feedUrl, providerId: 'vhs-leipzig' } });
    expect(anonymous.data!['registerFeed']).toMatchObject({ __typename: 'NotAllowed' });
    const own = await as('vhs', REGISTER, { input: { url: feedUrl, providerId: 'vhs-leipzig', intervalMinutes: 30, defaults: { languages: ['de'] } } });
    expect(own.data!['registerFeed']).toMatchObject({ __typename: 'FeedChanged', feed: { status: 'PENDING', health: { status: 'PENDING' } } });
    id = own.data!['registerFeed']!.feed!.id;
  });

  it('is refused unsafe and unreadable addresses, typed', async () => {
    expect((await as('vhs', REGISTER, { input: { url: 'http://192.168.1.10/feed', providerId: 'vhs-leipzig' } })).data!['registerFeed']).toMatchObject({ __typename: 'FeedUrlRefused' });
    expect((await as('vhs', REGISTER, { input: { url: 'ftp://example.org/feed', providerId: 'vhs-leipzig' } })).data!['registerFeed']).toMatchObject({ __typename: 'FeedUrlRefused' });
    expect((await as('vhs', REGISTER, { input: { url: `${feedUrl.replace('/neu.rss', '')}:1/x`, providerId: 'vhs-leipzig' } })).data!['registerFeed']!.__typename).toMatch(/ValidationFailed|FeedUrlRefused/);
  });

  it('cannot reach the demo feed server nor any other service of the hub machine, however the address is spelt', async () => {
    const demo = new URL(((await hub.query(graphql(`query DemoFeedUrl { feed(id: "vhs-leipzig-kurse") { url } }`))).data!.feed!.url));
    const hubPort = new URL(hub.url).port;
    const VALIDATE = `mutation($url: String!) { validateFeed(url: $url) { __typename ... on FeedUrlRefused { message } ... on FeedValidation { offeringCount errors } } }`;
    const spellings = [demo.href, `http://2130706433:${demo.port}${demo.pathname}`, `http://localhost:${demo.port}${demo.pathname}`, `http://127.1:${demo.port}${demo.pathname}`,
      `http://0x7f000001:${hubPort}/graphql`, `http://[::ffff:127.0.0.1]:${hubPort}/health`, `${feedUrl.replace(/:\d+\//, `:${hubPort}/`)}`, '{demoFeeds}/vhs-leipzig.ics'];
    for (const url of spellings) {
      const answer = (await as('vhs', VALIDATE, { url })).data!['validateFeed'];
      expect(answer, url).toMatchObject({ __typename: 'FeedUrlRefused' });
    }
    // The operator's allowance holds for its one address and port: the partner's server is read.
    expect((await as('vhs', VALIDATE, { url: feedUrl })).data!['validateFeed']).toMatchObject({ __typename: 'FeedValidation', offeringCount: 1 });
  });

  it('cannot approve; an admin approves; then its offerings arrive', async () => {
    expect((await as('vhs', ACT('approveFeed'), { id })).data!['approveFeed']).toMatchObject({ __typename: 'NotAllowed' });
    expect((await as('admin', ACT('approveFeed'), { id })).data!['approveFeed']).toMatchObject({ __typename: 'FeedChanged', feed: { status: 'ACTIVE' } });
    expect((await as('vhs', ACT('harvestFeedNow'), { id })).data!['harvestFeedNow']).toMatchObject({ __typename: 'FeedChanged' });
    const found = await hub.query(graphql(`query NewImageEditingCourses { offerings(search: "Bildbearbeitung Neuer") { edges { node { title provider { name } } } } }`));
    expect(found.data!.offerings.edges.map((e) => [e.node.title, e.node.provider?.name])).toEqual([['Neuer Kurs zur Bildbearbeitung', 'Volkshochschule Leipzig']]);
  });

  it('is looked after by its own partner only', async () => {
    for (const action of ['pauseFeed', 'harvestFeedNow', 'removeFeed']) {
      expect((await as('uni', ACT(action), { id })).data![action], action).toMatchObject({ __typename: 'NotAllowed' });
      expect((await as(null, ACT(action), { id })).data![action], action).toMatchObject({ __typename: 'NotAllowed' });
    }
    expect((await as('vhs', ACT('pauseFeed'), { id })).data!['pauseFeed']).toMatchObject({ feed: { status: 'PAUSED', health: { status: 'PAUSED' } } });
    expect((await as('vhs', ACT('resumeFeed'), { id })).data!['resumeFeed']).toMatchObject({ feed: { status: 'ACTIVE' } });
  });

  it('withdraws the offerings of a removed feed and keeps its history', async () => {
    expect((await as('vhs', ACT('removeFeed'), { id })).data!['removeFeed']).toMatchObject({ feed: { status: 'REMOVED' } });
    const found = await hub.query(graphql(`query NewImageEditingCount { offerings(search: "Bildbearbeitung Neuer") { totalCount } }`));
    expect(found.data!.offerings.totalCount).toBe(0);
    const log = await as('admin', `{ auditLog(feedId: "${id}") { action role } }`);
    expect((log.data!['auditLog'] as unknown as { action: string }[]).map((e) => e.action)).toEqual(['REMOVE', 'RESUME', 'PAUSE', 'HARVEST', 'APPROVE', 'REGISTER']);
    expect((await as('vhs', `{ auditLog { action } }`)).errors?.[0]?.message).toMatch(/only admins/);
  });

  it('rejects with a reason the partner reads', async () => {
    const second = await as('vhs', REGISTER, { input: { url: feedUrl, providerId: 'vhs-leipzig' } });
    const secondId = second.data!['registerFeed']!.feed!.id;
    const rejected = await as('admin', `mutation($id: ID!) { rejectFeed(id: $id, reason: "Doppelt eingereicht") { ${RESULT} } }`, { id: secondId });
    expect(rejected.data!['rejectFeed']).toMatchObject({ feed: { status: 'REJECTED', health: { rejectionReason: 'Doppelt eingereicht' } } });
    const attention = await as('admin', `{ feedsNeedingAttention { id } }`);
    expect(attention.data!['feedsNeedingAttention']).toEqual([]);
  });

  it('is named among the feeds needing attention once it fails three times in a row', async () => {
    const registered = await as('admin', REGISTER, { input: { url: feedUrl.replace('neu.rss', 'kaputt.rss'), providerId: 'uni-leipzig' } });
    const id = registered.data!['registerFeed']!.feed!.id;
    broken = true;
    for (let i = 0; i < 3; i += 1) await as('admin', ACT('harvestFeedNow'), { id });
    const health = await as('admin', `{ feed(id: "${id}") { health { status consecutiveFailures lastFailureReason } } }`);
    expect(health.data!['feed']).toMatchObject({ health: { status: 'FAILING', consecutiveFailures: 3, lastFailureReason: 'HTTP 500 Internal Server Error' } });
    const attention = await as('admin', `{ feedsNeedingAttention { id } }`);
    expect(attention.data!['feedsNeedingAttention']).toEqual([{ id }]);
  });
});
