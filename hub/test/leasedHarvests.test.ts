import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshServerDatabase, SERVER_URL } from '@campus/subgraph-runtime/test/storageTargets';
import { startCommand, startPart, type HubProcess } from './processes';

const FEEDS = 200;
const LEASE_SECONDS = 3;

/**
 * Two scheduler processes over one PostgreSQL database and 200 feeds served here: every feed is
 * harvested exactly once an interval, none by both at once, and the feeds a scheduler held when it
 * was killed are taken over by the other once their lease runs out.
 */
describe.skipIf(!SERVER_URL)('schedulers sharing the harvests through leases in the database', () => {
  const root = mkdtempSync(join(tmpdir(), 'campus-leases-'));
  const requests = new Map<string, number>();
  const started: HubProcess[] = [];
  let feedServer: Server;
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    // Each feed answers after a while, so that a killed scheduler is caught holding some.
    feedServer = createServer((request, response) => {
      const path = request.url ?? '/';
      requests.set(path, (requests.get(path) ?? 0) + 1);
      const id = path.slice(1, -4);
      setTimeout(() => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>${id}</title><item><guid>${id}-1</guid><title>Kurs ${id}</title><link>https://example.org/${id}</link></item></channel></rss>`), 150);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    const feedHost = `127.0.0.1:${(feedServer.address() as AddressInfo).port}`;
    const config = join(root, 'feeds.json');
    writeFileSync(config, JSON.stringify({ providers: [{ id: 'anbieter', name: 'Anbieter', kind: 'OTHER' }], feeds: Array.from({ length: FEEDS }, (_, i) => ({ id: `feed-${i}`, providerId: 'anbieter', url: `http://${feedHost}/feed-${i}.rss`, intervalMinutes: 60 })) }));
    database = await freshServerDatabase();
    const base = { HUB_FEEDS_CONFIG: config, HUB_IDENTITY_SECRET: randomBytes(32).toString('base64url'), HUB_LOG_LEVEL: 'warn' };
    const catalog = await startPart('catalog', { ...base, HUB_DATA_DIR: join(root, 'catalog'), HUB_CATALOG_PORT: '0' });
    started.push(catalog);
    const scheduler = (name: string) =>
      startCommand([process.execPath, '--import', 'tsx', 'hub/src/cli/main.ts', 'start', 'scheduler'], { ...base, HUB_DATA_DIR: join(root, name), HUB_CATALOG_URL: `${catalog.url}/`, DATABASE_URL: database.url, HUB_ALLOW_PRIVATE_HOSTS: feedHost, HUB_HARVEST_LEASE_SECONDS: String(LEASE_SECONDS), HUB_SCHEDULER_TICK_SECONDS: '1' }, /scheduler harvesting/);
    started.push(...(await Promise.all([scheduler('first'), scheduler('second')])));
  });

  afterAll(async () => {
    for (const part of started) part.killAll();
    await Promise.all(started.map((part) => part.exited));
    await new Promise((resolve) => feedServer.close(resolve));
    await database.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it("harvests every feed exactly once an interval, the killed scheduler's feeds too", { timeout: 180_000 }, async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const harvested = async () => (await client.query<{ feed: string; runs: number }>('SELECT feed_id AS feed, count(*)::int AS runs FROM feeds.harvest_runs GROUP BY feed_id')).rows;
      // Both are harvesting; one dies without a word, holding the feeds it had begun.
      await expect.poll(async () => (await harvested()).length, { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(20);
      const victim = started[2]!;
      victim.killAll();
      await victim.exited;
      await expect.poll(async () => (await harvested()).length, { timeout: 60_000, interval: 250 }).toBe(FEEDS);
      // A moment more: a feed harvested twice would show now.
      await new Promise((resolve) => setTimeout(resolve, (LEASE_SECONDS + 2) * 1000));
      const runs = await harvested();
      expect(runs).toHaveLength(FEEDS);
      expect(runs.filter((row) => row.runs !== 1)).toEqual([]);
      expect(started[1]!.child.exitCode).toBeNull();
      // Every feed was fetched; those the killed one had begun were fetched again by the other.
      expect([...requests.keys()]).toHaveLength(FEEDS);

      // The interval passes (as an hour would): the one left harvests each feed once more, no more.
      await client.query(`UPDATE feeds.feeds SET next_run_at = '2000-01-01T00:00:00.000Z'`);
      await expect.poll(async () => (await harvested()).filter((row) => row.runs === 2).length, { timeout: 90_000, interval: 250 }).toBe(FEEDS);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect((await harvested()).filter((row) => row.runs !== 2)).toEqual([]);
    } finally {
      await client.end();
    }
  });
});
