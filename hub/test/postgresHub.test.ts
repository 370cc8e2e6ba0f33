import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { freshServerDatabase, SERVER_URL } from '@campus/subgraph-runtime/test/storageTargets';
import { REPO, startPart } from './processes';
import { graphql } from './generated';
import { startTestHub } from './testHub';

const run = promisify(execFile);

describe('the hub on PostgreSQL (DATABASE_URL)', () => {
  it('stops start-up with one sentence naming DATABASE_URL when no server answers, and never shows the password', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'campus-pg-down-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const failure = await run(process.execPath, ['hub/bin/hub.js', 'start'], { cwd: REPO, env: { ...process.env, HUB_DATA_DIR: dataDir, PORT: '0', HUB_SCHEDULER: 'off', DATABASE_URL: 'postgres://hub:geheim@127.0.0.1:1/campus' } }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    const { stderr } = failure as { stderr: string };
    expect(stderr.trim()).toBe('The hub could not start: DATABASE_URL cannot be used: no PostgreSQL server answers at 127.0.0.1:1 (connection refused)');
    expect(stderr).not.toContain('geheim');
  });

  it.skipIf(!SERVER_URL)('keeps the providers, keys, feeds, their runs and the catalogue in the database, for the next hub on another machine', async () => {
    const database = await freshServerDatabase();
    onTestFinished(() => database.drop());
    const first = await startTestHub({ DATABASE_URL: database.url });
    const key = (await first.providers!.keys.create({ role: 'ADMIN', name: 'Stadt', providerId: null })).key;
    const before = await first.query(graphql(`query StoredInPostgres { providers { id } feeds { id lastHarvest { outcome added } } offerings { totalCount } }`));
    expect(before.errors).toBeUndefined();
    expect(before.data!.providers).toHaveLength(4);
    expect(before.data!.feeds.map((feed) => feed.lastHarvest?.outcome)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS']);
    expect(before.data!.offerings.totalCount).toBeGreaterThanOrEqual(60);
    const search = graphql(`query SearchedInPostgres { offerings(search: "Datenschutz", first: 5) { totalCount edges { node { title } } } }`);
    const searched = await first.query(search);
    expect(searched.data!.offerings.totalCount).toBeGreaterThan(0);
    await first.close();

    // A second hub with a data folder of its own and no harvests finds everything in the database, the catalogue too.
    const second = await startTestHub({ DATABASE_URL: database.url, HUB_SCHEDULER: 'off' });
    onTestFinished(() => second.close());
    expect((await second.query(graphql(`query CountedInPostgres { offerings { totalCount } }`))).data!.offerings.totalCount).toBe(before.data!.offerings.totalCount);
    expect((await second.query(search)).data).toEqual(searched.data);
    const me = await fetch(`${second.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query: '{ me { role } feeds { lastHarvest { outcome } } }' }) });
    expect(await me.json()).toEqual({ data: { me: { role: 'ADMIN' }, feeds: [{ lastHarvest: { outcome: 'SUCCESS' } }, { lastHarvest: { outcome: 'SUCCESS' } }, { lastHarvest: { outcome: 'SUCCESS' } }, { lastHarvest: { outcome: 'SUCCESS' } }] } });
  });
});

describe.skipIf(!SERVER_URL)('the feeds service alone on PostgreSQL', () => {
  it('serves requests without starting the harvest queue, and stops on SIGTERM', async () => {
    const database = await freshServerDatabase();
    onTestFinished(() => database.drop());
    const dataDir = mkdtempSync(join(tmpdir(), 'campus-pg-feeds-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const catalog = await startPart('catalog', { HUB_DATA_DIR: dataDir, HUB_CATALOG_PORT: '0', HUB_LOG_LEVEL: 'warn' });
    onTestFinished(() => catalog.killAll());
    const feeds = await startPart('feeds', { HUB_DATA_DIR: dataDir, HUB_FEEDS_PORT: '0', HUB_CATALOG_URL: `${catalog.url}/`, DATABASE_URL: database.url, HUB_LOG_LEVEL: 'info' });
    onTestFinished(() => feeds.killAll());
    const answer = await fetch(`${feeds.url}/`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ feeds { id } }' }) });
    expect(((await answer.json()) as { data: { feeds: unknown[] } }).data.feeds).toHaveLength(4);
    feeds.kill('SIGTERM');
    expect(await feeds.exited).toBe(0);
  });
});

/** A server of this test's own, which it may stop and start (needs Debian's PostgreSQL and root, as in CI). */
const PRIVATE_SERVER = process.getuid?.() === 0 && existsSync('/usr/lib/postgresql');

describe.skipIf(!PRIVATE_SERVER)('a database server that goes away while the hub runs', () => {
  it('fails the requests that need it with STORAGE_UNAVAILABLE within seconds, never a hang, and the hub recovers by itself', async () => {
    const script = join(REPO, '.ci/postgres');
    const started = Object.fromEntries((await run('bash', [script, '54339'])).stdout.trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2))) as { FOLDER: string; HUB_TEST_DATABASE_URL: string };
    onTestFinished(async () => {
      await run('bash', [script, 'stop', started.FOLDER]);
    });
    const hub = await startTestHub({ DATABASE_URL: started.HUB_TEST_DATABASE_URL, HUB_SCHEDULER: 'off' });
    onTestFinished(() => hub.close());
    const QUERY = '{ providers { id } }';
    // The catalogue's search, after a harvest of the partner's feed it had before the database went away.
    const SEARCH = '{ offerings(search: "Datenschutz") { totalCount edges { node { title } } } }';
    expect((await hub.query(SEARCH)).errors).toBeUndefined();
    expect((await hub.query(QUERY)).data).toEqual({ providers: [{ id: 'digitale-stadt-leipzig' }, { id: 'htwk-leipzig' }, { id: 'uni-leipzig' }, { id: 'vhs-leipzig' }] });

    await run('bash', [script, 'pause', started.FOLDER]);
    const asked = performance.now();
    const away = await hub.query(QUERY);
    expect(performance.now() - asked).toBeLessThan(10_000);
    expect(away.errors?.[0]).toMatchObject({ message: 'this data is unavailable just now (the database server cannot be reached); please try again shortly', extensions: { code: 'STORAGE_UNAVAILABLE' } });
    expect(JSON.stringify(away)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|Failed query|stack/);
    const searchAway = await hub.query(SEARCH);
    expect(searchAway.errors?.[0]).toMatchObject({ message: 'this data is unavailable just now (the database server cannot be reached); please try again shortly', extensions: { code: 'STORAGE_UNAVAILABLE' } });
    expect(JSON.stringify(searchAway)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|Failed query|stack/);

    await run('bash', [script, 'resume', started.FOLDER]);
    await expect.poll(async () => (await hub.query(QUERY)).data, { timeout: 15_000, interval: 250 }).toEqual({ providers: [{ id: 'digitale-stadt-leipzig' }, { id: 'htwk-leipzig' }, { id: 'uni-leipzig' }, { id: 'vhs-leipzig' }] });
    await expect.poll(async () => (await hub.query(SEARCH)).errors, { timeout: 15_000, interval: 250 }).toBeUndefined();
  });
});
