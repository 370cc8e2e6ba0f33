import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDemoFeeds, type DemoFeedServer } from '@campus/demo';
import { signIdentity } from '@campus/schema';
import { startTestHub, type TestHub } from './testHub';

const VALIDATE = `mutation($url: String!) { validateFeed(url: $url) {
  __typename
  ... on FeedValidation { format offeringCount offerings { title firstStart place } warnings errors }
  ... on NotAllowed { message }
  ... on FeedUrlRefused { message url }
} }`;

type Validation = { validateFeed: { __typename: string; format?: string; offeringCount?: number; offerings?: { title: string }[]; message?: string; errors?: string[] } };

let hub: TestHub;
let partnerKey: string;
/** A partner's own site, allowed by the operator: it publishes the demo VHS calendar. */
let partnerSite: DemoFeedServer;
let demoFeedUrl: string;

async function asPartner(key: string | null, url: string): Promise<{ status: number; body: { data?: Validation; errors?: { message: string }[] } }> {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: VALIDATE, variables: { url } }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

beforeAll(async () => {
  partnerSite = await serveDemoFeeds();
  demoFeedUrl = `${partnerSite.url}/vhs-leipzig.ics`;
  hub = await startTestHub({ HUB_SUBGRAPHS: 'http', HUB_ALLOW_PRIVATE_HOSTS: new URL(partnerSite.url).host });
  partnerKey = (await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: 'VHS' })).key;
});
afterAll(async () => {
  await hub.close();
  await partnerSite.close();
});

describe('a partner validating a feed', () => {
  it('needs a key', async () => {
    const { body } = await asPartner(null, demoFeedUrl);
    expect(body.data!.validateFeed).toMatchObject({ __typename: 'NotAllowed', message: expect.stringMatching(/partner or admin key/) });
  });

  it('gets the report of a dry run with the key', async () => {
    const { body } = await asPartner(partnerKey, demoFeedUrl);
    expect(body.data!.validateFeed).toMatchObject({ __typename: 'FeedValidation', format: 'ICALENDAR', errors: [] });
    expect(body.data!.validateFeed.offeringCount).toBeGreaterThan(10);
    expect(body.data!.validateFeed.offerings).toHaveLength(5);
  });

  it('is refused a private address, typed so a client can act on it', async () => {
    const { body } = await asPartner(partnerKey, 'http://10.1.2.3/feed.ics');
    expect(body.data!.validateFeed).toMatchObject({ __typename: 'FeedUrlRefused', url: 'http://10.1.2.3/feed.ics', message: expect.stringMatching(/private address/) });
  });

  it('is turned away with a wrong or revoked key', async () => {
    expect((await asPartner('dch_not-a-key', demoFeedUrl)).status).toBe(401);
    const revoked = await hub.providers!.keys.create({ role: 'PARTNER', providerId: 'vhs-leipzig', name: 'old' });
    await hub.providers!.keys.revoke(revoked.id);
    const answer = await asPartner(revoked.key, demoFeedUrl);
    expect(answer.status).toBe(401);
    expect(answer.body.errors?.[0]?.message).toMatch(/not valid/);
  });

  it('cannot be impersonated by sending a subgraph a forged identity', async () => {
    const supergraph = readFileSync(hub.supergraphPath, 'utf8');
    const feedsUrl = supergraph.match(/FEEDS @join__graph\(name: "feeds", url: "([^"]+)"\)/)![1]!;
    const forged = [
      `${Buffer.from(JSON.stringify({ role: 'ADMIN', keyId: 'x' })).toString('base64url')}.not-a-signature`,
      signIdentity({ role: 'ADMIN', keyId: 'x' }, Buffer.from('another secret')),
    ];
    for (const header of forged) {
      const response = await fetch(feedsUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-identity': header }, body: JSON.stringify({ query: VALIDATE, variables: { url: demoFeedUrl } }) });
      const body = (await response.json()) as { data: Validation };
      expect(body.data.validateFeed.__typename).toBe('NotAllowed');
    }
  });
});

describe('a feed the public may not see', () => {
  it('is hidden alike by every path: feed(id:), an offering\'s source, and the subgraph\'s entity lookup', async () => {
    const admin = (await hub.providers!.keys.create({ role: 'ADMIN', name: 'Stadt', providerId: null })).key;
    const as = async (key: string | null, query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query, variables }) });
      return (await response.json()) as { data: Record<string, unknown>; errors?: unknown[] };
    };
    const registered = await as(partnerKey, `mutation($url: String!) { registerFeed(input: { url: $url, providerId: "vhs-leipzig" }) { ... on FeedChanged { feed { id status } } } }`, { url: `${partnerSite.url}/uni-leipzig.rss` });
    const pending = (registered.data['registerFeed'] as { feed: { id: string; status: string } }).feed;
    expect(pending.status).toBe('PENDING');
    await as(admin, `mutation { pauseFeed(id: "vhs-leipzig-kurse") { __typename } }`);
    try {
      const SOURCES = `{ offerings(filter: { providerIds: ["vhs-leipzig"] }, first: 3) { edges { node { source { feed { id url status health { status } runs(first: 1) { outcome } } } } } } }`;
      type Sources = { offerings: { edges: { node: { source: { feed: { status: string } | null } } }[] } };
      const publicView = await as(null, SOURCES);
      expect(publicView.errors).toBeUndefined();
      expect((publicView.data as Sources).offerings.edges.map((e) => e.node.source.feed)).toEqual([null, null, null]);
      expect((await as(null, `{ feed(id: "vhs-leipzig-kurse") { id } }`)).data).toEqual({ feed: null });
      expect((await as(admin, SOURCES)).data as Sources).toMatchObject({ offerings: { edges: [{ node: { source: { feed: { status: 'PAUSED' } } } }, {}, {}] } });

      const supergraph = readFileSync(hub.supergraphPath, 'utf8');
      const feedsUrl = supergraph.match(/FEEDS @join__graph\(name: "feeds", url: "([^"]+)"\)/)![1]!;
      const entities = await fetch(feedsUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Feed { id url status } } }`, variables: { r: [pending.id, 'vhs-leipzig-kurse', 'uni-leipzig-veranstaltungen'].map((id) => ({ __typename: 'Feed', id })) } }),
      });
      const found = ((await entities.json()) as { data: { _entities: ({ id: string } | null)[] } }).data._entities;
      expect(found.map((feed) => feed?.id ?? null)).toEqual([null, null, 'uni-leipzig-veranstaltungen']);
    } finally {
      await as(admin, `mutation { resumeFeed(id: "vhs-leipzig-kurse") { __typename } }`);
    }
  });
});
