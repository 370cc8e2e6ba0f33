import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './testHub';

let hub: TestHub;
let partner: Server;
let events: { uid: string; day: string }[] = [];
let feedUrl: string;
const keys = { vhs: '', admin: '' };

/** A partner's calendar of Zeichenkurs events on the given days. */
function calendar(): string {
  const vevents = events.map(({ uid, day }) => `BEGIN:VEVENT\r\nUID:${uid}\r\nSUMMARY:Zeichenkurs ${uid}\r\nDTSTART:${day}T170000Z\r\nDTEND:${day}T190000Z\r\nEND:VEVENT\r\n`).join('');
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//VHS//DE\r\n${vevents}END:VCALENDAR\r\n`;
}

async function as(who: keyof typeof keys, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${keys[who]}` }, body: JSON.stringify({ query, variables }) });
  // Each test reads the fields its own query asked for.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (await response.json()) as { data?: Record<string, any>; errors?: { message: string }[] };
}

const FEED = 'feed { lastHarvest { outcome error withdrawn } health { status } }';
const harvestNow = async (id: string) => (await as('vhs', `mutation($id: ID!) { harvestFeedNow(id: $id) { ... on FeedChanged { ${FEED} } } }`, { id })).data!['harvestFeedNow'].feed;
const listed = async () => (await as('vhs', '{ offerings(search: "Zeichenkurs", first: 50) { edges { node { title } } } }')).data!['offerings'].edges.map((e: { node: { title: string } }) => e.node.title).sort();

beforeAll(async () => {
  partner = createServer((_, response) => response.writeHead(200, { 'content-type': 'text/calendar' }).end(calendar()));
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(partner.address() as AddressInfo).port}/kurse.ics`;
  hub = await startTestHub({ HUB_SCHEDULER: 'off', HUB_ALLOW_PRIVATE_HOSTS: new URL(feedUrl).host });
  keys.vhs = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: 'VHS' })).key;
  keys.admin = (await hub.providers!.keys.create({ role: 'ADMIN', name: 'Stadt', providerId: null })).key;
});

afterAll(async () => {
  await hub.close();
  partner.close();
});

/**
 * A feed that suddenly lists far fewer of its offerings still to come is more often broken than
 * emptied: its harvest is held, nothing is withdrawn, and the feed waits for its partner.
 */
describe('a harvest that would withdraw most of a feed', () => {
  let id = '';

  it('withdraws offerings that are over, and a few of those ahead, without asking', async () => {
    events = ['a', 'b', 'c', 'd', 'e'].map((uid) => ({ uid, day: '20300610' }));
    events.push({ uid: 'past-1', day: '20200101' }, { uid: 'past-2', day: '20200102' }, { uid: 'past-3', day: '20200103' });
    const registered = await as('admin', 'mutation($input: RegisterFeedInput!) { registerFeed(input: $input) { ... on FeedChanged { feed { id status } } } }', { input: { url: feedUrl, providerId: 'vhs-leipzig' } });
    id = registered.data!['registerFeed'].feed.id;
    expect((await harvestNow(id)).lastHarvest.outcome).toBe('SUCCESS');
    // Search shows what is still to come: the five ahead.
    expect(await listed()).toHaveLength(5);

    // The past three go, and one of the five ahead: no hold.
    events = events.filter((event) => !event.uid.startsWith('past') && event.uid !== 'e');
    expect(await harvestNow(id)).toEqual({ lastHarvest: { outcome: 'SUCCESS', error: null, withdrawn: 4 }, health: { status: 'HEALTHY' } });
  });

  it('holds a harvest that lists nothing, keeps every offering, and flags the feed for its partner and the admins', async () => {
    events = [];
    const feed = await harvestNow(id);
    expect(feed.lastHarvest.outcome).toBe('HELD');
    expect(feed.lastHarvest.error).toMatch(/^held: this harvest would have withdrawn 4 offerings, more than half of those still ahead; nothing was changed/);
    expect(feed.health.status).toBe('HELD');
    expect(await listed()).toEqual(['Zeichenkurs a', 'Zeichenkurs b', 'Zeichenkurs c', 'Zeichenkurs d']);
    const attention = await as('admin', '{ feedsNeedingAttentionConnection(first: 50) { edges { node { id health { status } } } } }');
    expect(attention.data!['feedsNeedingAttentionConnection'].edges).toContainEqual({ node: { id, health: { status: 'HELD' } } });
    // Held again on the next harvest: the feed has not recovered.
    expect((await harvestNow(id)).lastHarvest.outcome).toBe('HELD');
  });

  it('holds one that withdraws more than half of those ahead, and applies it once the partner confirms', async () => {
    events = [{ uid: 'a', day: '20300610' }];
    expect((await harvestNow(id)).lastHarvest).toMatchObject({ outcome: 'HELD', withdrawn: 3 });
    expect(await listed()).toHaveLength(4);

    const confirmed = await as('vhs', `mutation($id: ID!) { confirmFeedWithdrawals(id: $id) { __typename ... on FeedChanged { ${FEED} } } }`, { id });
    expect(confirmed.data!['confirmFeedWithdrawals']).toEqual({ __typename: 'FeedChanged', feed: { lastHarvest: { outcome: 'SUCCESS', error: null, withdrawn: 3 }, health: { status: 'HEALTHY' } } });
    expect(await listed()).toEqual(['Zeichenkurs a']);
    // A confirmation is for one harvest: there is nothing held now to confirm.
    const again = await as('vhs', 'mutation($id: ID!) { confirmFeedWithdrawals(id: $id) { __typename ... on NotAllowed { message } } }', { id });
    expect(again.data!['confirmFeedWithdrawals']).toEqual({ __typename: 'NotAllowed', message: 'no harvest of this feed is held: there is nothing to confirm' });
  });
});
