import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { BUNDLED_DEMO_CONFIG } from '../src/settings';
import { REPO, startCommand, startPart, startProcess, type HubProcess } from './processes';
import { startTestHub } from './testHub';

const HUB = 'hub/src/main.ts';

async function sendQuery(url: string, query: string, options: { key?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options.key ? { authorization: `Bearer ${options.key}` } : {}), ...options.headers },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, ...(JSON.parse(text) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
}

/** An operator's file: the demo partners and one more feed on a test server, allowed by its address and port. */
function configWith(dataDir: string, feedUrl: string): string {
  const demo = JSON.parse(readFileSync(BUNDLED_DEMO_CONFIG, 'utf8')) as { feeds: unknown[] };
  const path = join(dataDir, '..', `${dataDir.split('/').at(-1)}-feeds.json`);
  writeFileSync(path, JSON.stringify({ ...demo, feeds: [...demo.feeds, { id: 'partner-feed', providerId: 'vhs-leipzig', url: feedUrl, intervalMinutes: 60 }] }));
  return path;
}

function rss(items: number, words: string): string {
  const entries = Array.from({ length: items }, (_, i) => `<item><guid>k${i}</guid><title>Kurs ${words} ${i}</title><description>${`Beschreibung ${words} ${i}. `.repeat(60)}</description></item>`).join('');
  return `<rss version="2.0"><channel><title>Partner</title>${entries}</channel></rss>`;
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

describe('a subgraph that stops answering', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'campus-stalled-'));
  let catalog: HubProcess;
  let providers: HubProcess;

  beforeAll(async () => {
    catalog = await startPart('catalog', { HUB_CATALOG_PORT: '0', HUB_DATA_DIR: dataDir, HUB_LOG_LEVEL: 'error' });
    providers = await startPart('providers', { HUB_PROVIDERS_PORT: '0', HUB_CATALOG_URL: `${catalog.url}/`, HUB_DATA_DIR: dataDir, HUB_LOG_LEVEL: 'error' });
  });
  afterAll(async () => {
    providers.kill('SIGCONT');
    providers.killAll();
    catalog.killAll();
    await Promise.all([providers.exited, catalog.exited]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('costs its own fields only, within the deadline, in plain words; the hub recovers when it answers again', async () => {
    const hub = await startTestHub({ HUB_DATA_DIR: dataDir, HUB_CATALOG_URL: `${catalog.url}/`, HUB_PROVIDERS_URL: `${providers.url}/`, HUB_SUBGRAPH_TIMEOUT_MS: '1500' });
    try {
      const QUERY = '{ offerings(first: 5) { totalCount edges { node { title provider { name } } } } }';
      type Page = { offerings: { totalCount: number; edges: { node: { title: string; provider: { name: string } | null } }[] } };
      const before = await sendQuery(hub.url, QUERY);
      expect((before.data as Page).offerings.edges.every((e) => e.node.provider?.name)).toBe(true);

      providers.kill('SIGSTOP');
      const started = performance.now();
      const stalled = await sendQuery(hub.url, QUERY);
      expect(performance.now() - started).toBeLessThan(5000);
      const page = stalled.data as Page;
      expect(page.offerings.totalCount).toBe((before.data as Page).offerings.totalCount);
      expect(page.offerings.edges.map((e) => [e.node.title, e.node.provider])).toEqual((before.data as Page).offerings.edges.map((e) => [e.node.title, null]));
      expect(stalled.errors?.[0]).toMatchObject({ message: 'provider names are unavailable right now; please try again in a moment', extensions: { code: 'SERVICE_UNAVAILABLE', service: 'providers', reason: 'timeout' } });
      expect(stalled.text).not.toMatch(/127\.0\.0\.1|ECONN|request to|reason:/);
      const health = await fetch(`${hub.url}/health`);
      expect(health.status).toBe(503);
      expect(((await health.json()) as { failing: string[] }).failing).toContain('providers subgraph does not answer within 2 s');

      providers.kill('SIGCONT');
      const recovered = await sendQuery(hub.url, QUERY);
      expect(recovered.errors).toBeUndefined();
      expect(recovered.data).toEqual(before.data);
    } finally {
      providers.kill('SIGCONT');
      await hub.stop();
    }
  });
});

describe('a full disk', () => {
  // A file system of its own for the hub's data folder: a tmpfs of 48 MiB in a mount namespace of
  // the hub's process (no privileges needed), filled from outside through /proc/<pid>/root.
  const mountPoint = mkdtempSync(join(tmpdir(), 'campus-full-'));
  let partner: Server;
  let feedUrl = '';
  let items = rss(5, 'Löten');
  let hub: HubProcess;
  let key = '';
  const filler = () => `/proc/${hub.pid}/root${mountPoint}/filler`;

  beforeAll(async () => {
    partner = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(items));
    feedUrl = `${await listen(partner)}/feed.rss`;
    const config = configWith(mountPoint, feedUrl);
    const inside = `mount -t tmpfs -o size=48m tmpfs "$0" && "$1" hub/bin/hub.js keys create --role admin --name test --json > "$0/key.json" && exec "$@"`;
    hub = await startProcess(HUB, { PORT: '0', HOST: '127.0.0.1', HUB_DATA_DIR: mountPoint, HUB_FEEDS_CONFIG: config, HUB_ALLOW_PRIVATE_HOSTS: new URL(feedUrl).host, HUB_LOG_LEVEL: 'warn' }, [
      'unshare', '--user', '--map-root-user', '--mount', 'sh', '-c', inside, mountPoint,
    ]);
    key = (JSON.parse(readFileSync(`/proc/${hub.pid}/root${mountPoint}/key.json`, 'utf8')) as { key: string }).key;
    for (const until = Date.now() + 30_000; (await fetch(`${hub.url}/health`)).status !== 200 && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 200));
  });
  afterAll(async () => {
    hub.killAll();
    await hub.exited;
    partner.close();
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('keeps reads and keys working, fails the harvest with that reason and loses nothing, and /health says which part cannot write', async () => {
    const SEARCH = '{ offerings(search: "Löten") { totalCount } }';
    expect((await sendQuery(hub.url, SEARCH)).data).toEqual({ offerings: { totalCount: 5 } });
    items = rss(400, 'Schweißen');
    const fd = openSync(filler(), 'w');
    try {
      for (const block = Buffer.alloc(1024 * 1024); ; ) writeSync(fd, block);
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      closeSync(fd);
    }

    const me = await sendQuery(hub.url, '{ me { role } }', { key });
    expect(me.status).toBe(200);
    expect(me.data).toEqual({ me: { role: 'ADMIN' } });

    const RESULT = `mutation { harvestFeedNow(id: "partner-feed") { __typename ... on FeedChanged { feed { lastHarvest { outcome error } health { lastFailureReason } } } } }`;
    const harvested = await sendQuery(hub.url, RESULT, { key });
    expect(harvested.data).toEqual({ harvestFeedNow: { __typename: 'FeedChanged', feed: { lastHarvest: { outcome: 'FAILED', error: 'the catalogue could not store the harvest: the disk is full' }, health: { lastFailureReason: 'the catalogue could not store the harvest: the disk is full' } } } });
    expect((await sendQuery(hub.url, SEARCH)).data).toEqual({ offerings: { totalCount: 5 } });
    const health = await fetch(`${hub.url}/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { failing: string[] }).failing).toContain('catalog database cannot write: the disk is full');
    expect(hub.logs().some((line) => line['msg'] === 'a write failed' && line['part'] === 'catalog' && line['reason'] === 'the disk is full')).toBe(true);

    unlinkSync(filler());
    await expect.poll(async () => (await fetch(`${hub.url}/health`)).status, { timeout: 10_000 }).toBe(200);
    const again = await sendQuery(hub.url, `mutation { harvestFeedNow(id: "partner-feed") { ... on FeedChanged { feed { runs(first: 3) { outcome error } } } } }`, { key });
    expect((again.data as { harvestFeedNow: { feed: { runs: { outcome: string }[] } } }).harvestFeedNow.feed.runs.map((r) => r.outcome)).toEqual(['SUCCESS', 'FAILED', 'SUCCESS']);
    expect((await sendQuery(hub.url, '{ offerings(search: "Schweißen") { totalCount } }')).data).toEqual({ offerings: { totalCount: 400 } });
  });
});

describe('SIGTERM', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'campus-sigterm-'));
  let slow: Server;
  let slowUrl = '';
  afterAll(() => {
    slow.closeAllConnections();
    slow.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lets requests in flight finish, takes no new ones, ends harvests without a false failure, and logs every part of a request under its id and trace', async () => {
    // A partner's server that takes 1.5 s for a page it is asked for, and 20 s for its scheduled feed.
    slow = createServer((request, response) => {
      const wait = request.url === '/scheduled.rss' ? 20_000 : 1500;
      setTimeout(() => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(1, 'Langsam')), wait).unref();
    });
    slowUrl = await listen(slow);
    const config = configWith(dataDir, `${slowUrl}/scheduled.rss`);
    const created = execFileSync(process.execPath, ['hub/bin/hub.js', 'keys', 'create', '--role', 'admin', '--name', 'test', '--json'], { cwd: REPO, env: { ...process.env, HUB_DATA_DIR: dataDir, HUB_FEEDS_CONFIG: config } });
    const key = (JSON.parse(created.toString()) as { key: string }).key;
    const hub = await startProcess(HUB, { PORT: '0', HOST: '127.0.0.1', HUB_DATA_DIR: dataDir, HUB_FEEDS_CONFIG: config, HUB_ALLOW_PRIVATE_HOSTS: new URL(slowUrl).host, HUB_SUBGRAPHS: 'http', HUB_LOG_LEVEL: 'info' });
    onTestFinished(() => hub.killAll());

    // The demo feeds come in first (the slow one takes its 20 s).
    await expect.poll(async () => ((await sendQuery(hub.url, '{ offerings { totalCount } }')).data as { offerings: { totalCount: number } }).offerings.totalCount, { timeout: 30_000 }).toBeGreaterThan(0);
    // One request followed through every part: the gateway's line and each subgraph's carry its id and trace.
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const traced = await sendQuery(hub.url, '{ offerings(first: 2) { edges { node { title provider { name } source { feed { id url } } } } } }', { headers: { 'x-request-id': 'trace-me-1', traceparent: `00-${traceId}-00f067aa0ba902b7-01` } });
    expect(traced.headers.get('x-request-id')).toBe('trace-me-1');
    await expect.poll(() => hub.logs().filter((line) => line['requestId'] === 'trace-me-1').map((line) => line['part']).sort(), { timeout: 5000 }).toEqual(['catalog', 'feeds', 'gateway', 'providers']);
    const lines = hub.logs().filter((line) => line['requestId'] === 'trace-me-1');
    expect(lines.every((line) => line['traceId'] === traceId && typeof line['spanId'] === 'string' && line['spanId'] !== '00f067aa0ba902b7')).toBe(true);
    expect(JSON.stringify(lines)).not.toMatch(/offerings\(|Bearer|dch_/);

    const validating = sendQuery(hub.url, `mutation($url: String!) { validateFeed(url: $url) { __typename ... on FeedValidation { offeringCount } } }`, { key, variables: { url: `${slowUrl}/asked.rss` } });
    const searching = sendQuery(hub.url, '{ offerings(search: "Daten", first: 3) { totalCount } }');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stoppedAt = performance.now();
    hub.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expect(fetch(`${hub.url}/health`)).rejects.toThrow();
    const [validated, searched] = await Promise.all([validating, searching]);
    expect(validated).toMatchObject({ status: 200, data: { validateFeed: { __typename: 'FeedValidation', offeringCount: 1 } } });
    expect(searched.status).toBe(200);
    expect(await hub.exited).toBe(0);
    // The scheduled harvest, 20 s from done, ended with the hub at once: no run recorded, so no false failure.
    expect(performance.now() - stoppedAt).toBeLessThan(8000);
    const feeds = new Database(join(dataDir, 'feeds.sqlite'), { readonly: true });
    expect(feeds.prepare("select count(*) as n from harvest_runs where feed_id = 'partner-feed'").get()).toEqual({ n: 0 });
    feeds.close();
    expect(hub.lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
  });
});

describe('npm start', () => {
  it('passes SIGTERM on to the hub, which stops as it should', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'campus-npm-start-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const npm = await startCommand(['npm', 'start'], { PORT: '0', HOST: '127.0.0.1', HUB_DATA_DIR: dataDir, HUB_SCHEDULER: 'off', HUB_LOG_LEVEL: 'info' });
    // Runs on a time-out too, which a finally block would not.
    onTestFinished(() => npm.killAll());
    expect((await fetch(`${npm.url}/health`)).status).toBe(200);
    npm.kill('SIGTERM');
    expect(await npm.exited).toBe(0);
    expect(npm.lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
    await expect(fetch(`${npm.url}/health`)).rejects.toThrow();
  });
});

describe('each subgraph on its own', () => {
  it('each part started with `hub start <part>` answers and stops on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'campus-parts-alone-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const env = { HUB_DATA_DIR: dataDir, HUB_LOG_LEVEL: 'info' };
    const catalog = await startPart('catalog', { ...env, HUB_CATALOG_PORT: '0' });
    onTestFinished(() => catalog.killAll());
    // The providers and feeds services reach the catalogue only through its service.
    const others = await Promise.all((['providers', 'feeds'] as const).map((name) => startPart(name, { ...env, [`HUB_${name.toUpperCase()}_PORT`]: '0', HUB_CATALOG_URL: `${catalog.url}/` })));
    for (const part of others) onTestFinished(() => part.killAll());
    for (const part of [...others, catalog]) {
      const ask = () => fetch(`${part.url}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
      expect((await ask()).status).toBe(200);
      part.kill('SIGTERM');
      expect(await part.exited).toBe(0);
      expect(part.lines.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
      await expect(ask()).rejects.toThrow();
    }
  });
});
