import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openCatalogIngest } from '@campus/catalog/ingest';
import { addressPolicy, HarvestScheduler } from '@campus/harvesters';
import { NO_FEED_DEFAULTS, type FeedConfig } from '@campus/schema';
import { openFeedsStore } from '../src/db/openFeedsStore';
import { FeedHarvests } from '../src/harvest/feedHarvests';
import { FeedSources } from '../src/harvest/feedSources';
import { harvestHere } from '../src/harvest/runHarvest';

let server: Server;
let respond: (response: ServerResponse) => void;
let dataDir: string;
let feedUrl: string;
const RSS = '<rss version="2.0"><channel><item><guid>a</guid><title>Kurs</title></item></channel></rss>';

beforeAll(async () => {
  server = createServer((_, response) => respond(response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.rss`;
});
afterAll(() => server.close());
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function setUp(clock: { now: Date }, random = () => 0.5) {
  dataDir = mkdtempSync(join(tmpdir(), 'feeds-'));
  const config: FeedConfig = { id: 'f', url: feedUrl, providerId: 'p', format: null, intervalMinutes: 60, defaults: NO_FEED_DEFAULTS };
  const open = async () => {
    const store = await openFeedsStore(dataDir, { kind: 'sqlite' });
    await store.applyConfig([config], clock.now.toISOString());
    return { store, harvests: new FeedHarvests(store, { run: harvestHere(new FeedSources(addressPolicy([new URL(feedUrl).host]), null), await openCatalogIngest(dataDir), 12, () => clock.now), now: () => clock.now, random }) };
  };
  return open;
}

const minutesAfter = (start: Date, iso: string): number => (Date.parse(iso) - start.getTime()) / 60_000;

describe('the harvest schedule of a feed', () => {
  it('backs off exponentially after failures, never beyond its interval', async () => {
    const clock = { now: new Date('2026-12-01T08:00:00Z') };
    const { store, harvests } = await setUp(clock)();
    respond = (response) => response.writeHead(500).end();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await harvests.harvest('f');
      const feed = (await store.feed('f'))!;
      waits.push(minutesAfter(clock.now, feed.nextRunAt));
      expect(feed.consecutiveFailures).toBe(attempt + 1);
    }
    expect(waits).toEqual([5, 10, 20, 40, 60]);
    await store.close();
  });

  it('honours Retry-After, whatever the jitter', async () => {
    const clock = { now: new Date('2026-12-01T08:00:00Z') };
    const { store, harvests } = await setUp(clock, () => 0)();
    respond = (response) => response.writeHead(503, { 'retry-after': '1800' }).end();
    await harvests.harvest('f');
    expect(minutesAfter(clock.now, (await store.feed('f'))!.nextRunAt)).toBe(30);
    await store.close();
  });

  it('spreads runs by up to a tenth of the interval either way', async () => {
    const clock = { now: new Date('2026-12-01T08:00:00Z') };
    respond = (response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    for (const [random, minutes] of [[0, 54], [0.5, 60], [0.999999, 66]] as const) {
      const { store, harvests } = await setUp(clock, () => random)();
      await harvests.harvest('f');
      expect(Math.round(minutesAfter(clock.now, (await store.feed('f'))!.nextRunAt))).toBe(minutes);
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('keeps its rhythm across a restart', async () => {
    const clock = { now: new Date('2026-12-01T08:00:00Z') };
    const open = setUp(clock);
    respond = (response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(RSS);
    const first = await open();
    expect(await first.harvests.dueFeeds(clock.now)).toEqual(['f']);
    await first.harvests.harvest('f');
    await first.store.close();
    clock.now = new Date('2026-12-01T08:30:00Z');
    const restarted = await open();
    expect(await restarted.harvests.dueFeeds(clock.now)).toEqual([]);
    expect(await restarted.harvests.dueFeeds(new Date('2026-12-01T09:01:00Z'))).toEqual(['f']);
    await restarted.store.close();
  });
});

describe('the scheduler', () => {
  it('never harvests one feed twice at the same time', async () => {
    let release: () => void = () => undefined;
    let runs = 0;
    const scheduler = new HarvestScheduler({
      dueFeeds: () => ['f'],
      harvest: () => {
        runs += 1;
        return new Promise<void>((resolve) => (release = resolve));
      },
      onError: () => undefined,
    });
    dataDir = mkdtempSync(join(tmpdir(), 'feeds-'));
    const first = scheduler.runOne('f');
    expect(await scheduler.runOne('f')).toBe(false);
    await scheduler.runDue();
    release();
    expect(await first).toBe(true);
    expect(runs).toBe(1);
  });

  it('does not queue again the feeds an earlier round still has waiting, when a round outlasts a tick', async () => {
    const releases: (() => void)[] = [];
    const harvested: string[] = [];
    const scheduler = new HarvestScheduler(
      {
        dueFeeds: () => ['a', 'b'],
        harvest: (feedId) => {
          harvested.push(feedId);
          return new Promise<void>((resolve) => releases.push(resolve));
        },
        onError: () => undefined,
      },
      1,
    );
    dataDir = mkdtempSync(join(tmpdir(), 'feeds-'));
    const pause = () => new Promise((resolve) => setTimeout(resolve, 10));
    // The first round harvests a with b waiting; the next tick's round comes while it is under way.
    let done = false;
    const rounds = Promise.all([scheduler.runDue(), scheduler.runDue()]).then(() => (done = true));
    // The newest harvest finishes first, so that a round reaching a feed finished by the other would harvest it again.
    while (!done) {
      await pause();
      releases.pop()?.();
    }
    await rounds;
    expect(harvested).toEqual(['a', 'b']);
  });
});
