import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated';
import type { PageQuery } from './generated/graphql';
import { startTestHub, type TestHub } from './testHub';

const DEMO_PROVIDERS = ['HTWK Leipzig', 'Digitale Stadt Leipzig', 'Universität Leipzig', 'Volkshochschule Leipzig'].sort();

const PAGE = graphql(`query Page($first: Int, $after: String) {
  offerings(first: $first, after: $after) {
    totalCount
    edges { cursor node { id title provider { id name kind } source { itemKey firstSeen feed { id url lastHarvest { outcome itemCount } } } } }
    pageInfo { hasNextPage endCursor }
  }
}`);

describe.each([
  ['subgraphs inside the gateway process', 'local'],
  ['every subgraph served over HTTP', 'http'],
])('the hub with %s', (_, mode) => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ HUB_SUBGRAPHS: mode });
  });
  afterAll(() => hub.close());

  it('serves offerings harvested from every demo partner, with provider names and sources resolved', async () => {
    const result = await hub.query(PAGE, { first: 100 });
    expect(result.errors).toBeUndefined();
    const { totalCount, edges } = result.data!.offerings;
    expect(totalCount).toBeGreaterThanOrEqual(60);
    expect([...new Set(edges.map((e) => e.node.provider?.name))].sort()).toEqual(DEMO_PROVIDERS);
    for (const { node } of edges) {
      expect(node.source.itemKey).not.toBe('');
      expect(node.source.feed?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[\w-]+\.(rss|ics|json)$/);
      expect(node.source.feed?.lastHarvest?.outcome).toBe('SUCCESS');
    }
  });

  it('pages with cursors through every offering exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result = await hub.query(PAGE, { first: 7, after });
      const connection: PageQuery['offerings'] = result.data!.offerings;
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    const all = await hub.query(PAGE, { first: 100 });
    expect(seen).toEqual(all.data!.offerings.edges.map((e) => e.node.id));
  });

  it('writes the composed supergraph with the subgraphs it reaches', () => {
    const supergraph = readFileSync(hub.supergraphPath, 'utf8');
    expect(supergraph).toContain('join__Graph');
    expect(supergraph).toMatch(mode === 'http' ? /url: "http:\/\/127\.0\.0\.1:\d+\/"/ : /url: "local:\/\/catalog"/);
  });
});

describe('the hub edge', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it('resolves a page of 50 offerings with providers and feeds in one query per subgraph', async () => {
    const counters = hub.queryCounters;
    const query = graphql(`query FiftyWithProvidersAndFeeds { offerings(first: 50) { edges { node { title provider { name } source { feed { url } } } } } }`);
    await hub.query(query);
    const before = { catalog: counters.catalog!.count, providers: counters.providers!.count, feeds: counters.feeds!.count };
    const result = await hub.query(query);
    expect(result.errors).toBeUndefined();
    expect(result.data!.offerings.edges).toHaveLength(50);
    // The search runs on its own thread and connection; the subgraph's thread loads the page's rows once.
    expect(counters.catalog!.count - before.catalog).toBe(1);
    expect(counters.providers!.count - before.providers).toBe(1);
    expect(counters.feeds!.count - before.feeds).toBe(1);
  });

  it('shows what is still to come by default, and the past when asked', async () => {
    const DATED = graphql(`query Dated($from: DateTime) { offerings(first: 100, filter: { from: $from }) { totalCount edges { node { occurrences { start end } } } } }`);
    const upcoming = await hub.query(DATED);
    const now = new Date().toISOString();
    for (const { node } of upcoming.data!.offerings.edges) {
      expect(node.occurrences.some((o) => (o.end ?? o.start) >= now)).toBe(true);
    }
    expect(upcoming.data!.offerings.totalCount).toBe(60);
    // One demo lecture took place last week: it is kept, and shown when the past is asked for.
    const everything = await hub.query(DATED, { from: '2000-01-01T00:00:00Z' });
    expect(everything.data!.offerings.totalCount).toBe(61);
  });

  it('finds offerings by words of their title or description', async () => {
    const result = await hub.query(graphql(`query PythonCourses { offerings(search: "python kurs", first: 50) { edges { node { title descriptionText } } } }`));
    const nodes = result.data!.offerings.edges.map((e) => e.node);
    expect(nodes.map((n) => n.title)).toContain('Python für Geisteswissenschaftler:innen');
    for (const node of nodes) expect(`${node.title} ${node.descriptionText}`).toMatch(/python[\s\S]*kurs|kurs[\s\S]*python/i);
  });

  it('answers a bad query with a GraphQL error that names the problem and shows no stack trace', async () => {
    const unknownField = await hub.query(`{ offerings { edges { node { nonsense } } } }`);
    // As the GraphQL-over-HTTP spec asks: 200 for a client of plain application/json, 400 for one of graphql-response+json.
    expect(unknownField.status).toBe(200);
    expect(unknownField.errors?.[0]?.message).toMatch(/nonsense/);
    const strict = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body: JSON.stringify({ query: '{ nonsense }' }) });
    expect(strict.status).toBe(400);
    const tooMany = await hub.query(`{ offerings(first: 100000) { totalCount } }`);
    expect(tooMany.errors?.[0]).toMatchObject({ message: '"first" must be between 0 and 100, not 100000', extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    const tooManyAsVariable = await hub.query(`query($n: Int) { offerings(first: $n) { totalCount } }`, { n: 100000 });
    expect(tooManyAsVariable.errors?.[0]).toMatchObject({ extensions: { argument: 'first' } });
    const badRadius = await hub.query(`{ offerings(filter: { near: { latitude: 51.3, longitude: 12.3, radiusKm: -5 } }) { totalCount } }`);
    expect(badRadius.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'filter.near.radiusKm' } });
    const badCursor = await hub.query(`{ offerings(after: "forged") { totalCount } }`);
    expect(badCursor.errors?.[0]?.message).toMatch(/"after" is not a cursor/);
    const tooDeep = await hub.query(`{ offerings { edges { node { provider { offerings { edges { node { provider { offerings { edges { node { title } } } } } } } } } } } }`);
    expect(tooDeep.errors?.[0]).toMatchObject({ message: "the query is nested deeper than 10 levels (found 12)", extensions: { limit: "depth" } });
    for (const answer of [unknownField, tooMany, tooManyAsVariable, badRadius, badCursor, tooDeep]) expect(JSON.stringify(answer)).not.toMatch(/stacktrace|\.ts:\d+/);
  });

  it('serves GraphiQL to a browser without loading anything from elsewhere', async () => {
    const response = await fetch(`${hub.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)=["']https?:\/\//);
  });

  it('reports health as JSON', async () => {
    const response = await fetch(`${hub.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      failing: [],
      parts: {
        'catalog database': { ok: true },
        'providers database': { ok: true },
        'feeds database': { ok: true },
        scheduler: { ok: true, ticking: true },
        'search index': { ok: true, threads: 1, answering: 1 },
      },
    });
  });
});
