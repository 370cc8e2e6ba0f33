import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProvidersSubgraph } from '@campus/providers';
import { SERVICE_HEADER, signService } from '@campus/schema';
import { BUNDLED_DEMO_CONFIG } from '../src/settings';
import { graphql } from './generated';
import { freshServerDatabase, SERVER_URL } from '@campus/subgraph-runtime/test/storageTargets';
import { REPO, startCommand, startPart, type HubProcess } from './processes';
import { README_QUERIES } from './readmeQueries';
import { startServices, type Services } from './services';
import { startTestHub, type TestHub } from './testHub';

const KEY_CACHE_SECONDS = 1;

/**
 * The catalog, providers and feeds services each with a data folder of its own (as on three
 * machines), sharing only HUB_IDENTITY_SECRET: offerings reach the catalogue only through its
 * internal ingest, and keys are checked by the providers service wherever the gateway runs.
 */
describe('services that share no data folder', () => {
  let services: Services;
  let secret: Buffer;
  let providers: ProvidersSubgraph;
  let catalogUrl: string;
  let hub: TestHub;

  const call = async (url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  };
  const asKey = async (key: string, query: string) => {
    const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query }) });
    return { status: response.status, ...((await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
  };

  beforeAll(async () => {
    services = await startServices();
    ({ secret, providers } = services);
    catalogUrl = services.urls.catalog;
    hub = await startTestHub(services.gatewayEnv({ HUB_KEY_CACHE_SECONDS: String(KEY_CACHE_SECONDS) }));
  });

  afterAll(async () => {
    await hub.close();
    await services.stop();
  });

  it("harvests into the catalogue through the catalog service's ingest", async () => {
    const result = await hub.query(graphql(`query HarvestedThroughIngest { offerings { totalCount } feeds { id lastHarvest { outcome added } } }`));
    expect(result.errors).toBeUndefined();
    expect(result.data!.offerings.totalCount).toBeGreaterThanOrEqual(60);
    const added = result.data!.feeds.map((feed) => feed.lastHarvest);
    expect(added.every((run) => run?.outcome === 'SUCCESS')).toBe(true);
    expect(added.reduce((sum, run) => sum + (run?.added ?? 0), 0)).toBeGreaterThanOrEqual(60);
  });

  it('accepts a key made by the providers service, and refuses it within the stated seconds once revoked', async () => {
    const { id, key } = await providers.keys.create({ role: 'ADMIN', name: 'operator', providerId: null });
    const me = await asKey(key, '{ me { role } }');
    expect(me.status).toBe(200);
    expect(me.data).toEqual({ me: { role: 'ADMIN' } });
    const changed = await asKey(key, 'mutation { updateProvider(id: "htwk-leipzig", input: { name: "HTWK Leipzig (Hochschule)" }) { __typename ... on ProviderChanged { provider { name } } } }');
    expect(changed.errors).toBeUndefined();
    expect(changed.data).toEqual({ updateProvider: { __typename: 'ProviderChanged', provider: { name: 'HTWK Leipzig (Hochschule)' } } });
    // The new name reached the catalogue's own copy (its search), through its internal operation.
    await expect.poll(async () => (await hub.query(graphql(`query SearchByNewName { offerings(search: "Hochschule", filter: { providerIds: ["htwk-leipzig"] }) { totalCount } }`))).data?.offerings.totalCount).toBeGreaterThan(0);

    expect(await providers.keys.revoke(id)).toBe(true);
    const revokedAt = Date.now();
    await expect.poll(async () => (await asKey(key, '{ me { role } }')).status, { timeout: (KEY_CACHE_SECONDS + 2) * 1000, interval: 100 }).toBe(401);
    expect(Date.now() - revokedAt).toBeLessThanOrEqual((KEY_CACHE_SECONDS + 1) * 1000);
  });

  it('keeps the internal operations out of the public API and refuses them to anyone but the services they serve', async () => {
    const publicCall = await hub.query('mutation { indexProviders(providers: []) }');
    expect(publicCall.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const lookup = 'query ($key: String!) { keyIdentity(key: $key) { role } }';
    const providersUrl = services.urls.providers;
    const { key } = await providers.keys.create({ role: 'ADMIN', name: 'lookup', providerId: null });
    expect((await call(providersUrl, lookup, { key })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await call(providersUrl, lookup, { key }, { [SERVICE_HEADER]: signService('feeds', secret) })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await call(providersUrl, lookup, { key }, { [SERVICE_HEADER]: signService('gateway', randomBytes(32)) })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await call(providersUrl, lookup, { key }, { [SERVICE_HEADER]: signService('gateway', secret) })).data).toEqual({ keyIdentity: { role: 'ADMIN' } });

    const ingest = 'mutation ($s: FeedSnapshotDocument!) { applyFeedSnapshot(snapshot: $s) { added withdrawn } }';
    const wipe = { feedId: 'vhs-leipzig', providerId: 'vhs-leipzig', feedUrl: 'http://example.org/', harvestedAt: new Date().toISOString(), offerings: [] };
    expect((await call(catalogUrl, ingest, { s: wipe })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await call(catalogUrl, ingest, { s: wipe }, { [SERVICE_HEADER]: signService('gateway', secret) })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const malformed = await call(catalogUrl, ingest, { s: { ...wipe, offerings: [{ title: 42 }] } }, { [SERVICE_HEADER]: signService('feeds', secret) });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'snapshot' });
    expect(malformed.errors?.[0]?.message).toMatch(/^the snapshot does not fit the offering model: offerings\.0\./);
  });

  it('answers 503, not 401, while the providers service that knows the keys is away', async () => {
    const { key } = await providers.keys.create({ role: 'ADMIN', name: 'away', providerId: null });
    await services.stopProviders();
    const response = await asKey(key, '{ me { role } }');
    expect(response.status).toBe(503);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'providers' });
  });
});

/** Where the parts keep their tables: each its own SQLite files, or all one PostgreSQL database (each in its schema). */
const STORAGES = [{ name: 'their SQLite files', postgres: false }, ...(SERVER_URL ? [{ name: 'one PostgreSQL database', postgres: true }] : [])];

describe.each(STORAGES)('the parts as processes of their own (hub start <part>) on $name', ({ postgres }) => {
  const root = mkdtempSync(join(tmpdir(), 'campus-processes-'));
  const folder = (name: string) => join(root, name);
  const secret = randomBytes(32).toString('base64url');
  const started: HubProcess[] = [];
  const base: Record<string, string> = { HUB_IDENTITY_SECRET: secret, HUB_LOG_LEVEL: 'warn', HUB_FEEDS_CONFIG: BUNDLED_DEMO_CONFIG };
  let dropDatabase = async (): Promise<void> => undefined;

  beforeAll(async () => {
    if (!postgres) return;
    const database = await freshServerDatabase();
    base['DATABASE_URL'] = database.url;
    dropDatabase = database.drop;
  });

  afterAll(async () => {
    for (const part of started) part.killAll();
    await Promise.all(started.map((part) => part.exited));
    rmSync(root, { recursive: true, force: true });
    await dropDatabase();
  });

  it('serve what npm start serves: harvested by the scheduler through the catalog service, keys checked by the providers service, the same answers to the README\'s queries', async () => {
    const catalog = await startPart('catalog', { ...base, HUB_DATA_DIR: folder('catalog'), HUB_CATALOG_PORT: '0' });
    started.push(catalog);
    const catalogUrl = `${catalog.url}/`;
    const [providers, feeds] = await Promise.all([
      startPart('providers', { ...base, HUB_DATA_DIR: folder('providers'), HUB_PROVIDERS_PORT: '0', HUB_CATALOG_URL: catalogUrl }),
      startPart('feeds', { ...base, HUB_DATA_DIR: folder('feeds'), HUB_FEEDS_PORT: '0', HUB_CATALOG_URL: catalogUrl }),
    ]);
    started.push(providers!, feeds!);
    const scheduler = await startCommand([process.execPath, '--import', 'tsx', 'hub/src/cli/main.ts', 'start', 'scheduler'], { ...base, HUB_DATA_DIR: folder('feeds'), HUB_CATALOG_URL: catalogUrl }, /scheduler harvesting/);
    started.push(scheduler);
    const gateway = await startPart('gateway', { ...base, HUB_LOG_LEVEL: 'info', HUB_DATA_DIR: folder('gateway'), PORT: '0', HOST: '127.0.0.1', HUB_CATALOG_URL: catalogUrl, HUB_PROVIDERS_URL: `${providers!.url}/`, HUB_FEEDS_URL: `${feeds!.url}/` });
    started.push(gateway);
    // The operator reads where the gateway found each part.
    // Polled: its log line and its address line reach this process's pipe as they come, not always in one read.
    await expect.poll(() => gateway.logs().find((line) => line['msg'] === 'the gateway is serving')?.['subgraphs'], { timeout: 5_000 }).toEqual({ catalog: catalogUrl, providers: `${providers!.url}/`, feeds: `${feeds!.url}/` });
    const api = `${gateway.url}/graphql`;
    const ask = async (query: string, key?: string) => {
      const response = await fetch(api, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify({ query }) });
      return { status: response.status, ...((await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] }) };
    };
    await expect.poll(async () => ((await ask('{ offerings { totalCount } }')).data?.['offerings'] as { totalCount: number } | undefined)?.totalCount, { timeout: 30_000, interval: 250 }).toBeGreaterThanOrEqual(60);

    const created = execFileSync(process.execPath, ['hub/bin/hub.js', 'keys', 'create', '--role', 'admin', '--name', 'operator', '--json'], { cwd: REPO, env: { ...process.env, ...base, HUB_DATA_DIR: folder('providers') } });
    const { key } = JSON.parse(created.toString()) as { key: string };
    expect(await ask('{ me { role } }', key)).toMatchObject({ status: 200, data: { me: { role: 'ADMIN' } } });
    const feedsAsAdmin = await ask('{ feeds { id lastHarvest { outcome } } }', key);
    expect((feedsAsAdmin.data?.['feeds'] as { lastHarvest: { outcome: string } | null }[]).map((feed) => feed.lastHarvest?.outcome)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS']);
    expect(await ask('{ me { role } }', 'dch_not-a-key')).toMatchObject({ status: 401 });

    // What `npm start` answers on a machine of its own (SQLite files, one process) to the README's queries.
    const single = await startTestHub();
    try {
      for (const query of README_QUERIES) expect((await ask(query)).data, query).toEqual((await single.query(query)).data);
    } finally {
      await single.close();
    }
  });
});
