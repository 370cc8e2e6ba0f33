import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshServerDatabase, SERVER_URL } from '@campus/subgraph-runtime/test/storageTargets';
import { LeasedScheduler } from '../src/harvest/leasedScheduler';

const LEASE_SECONDS = 1;
/** Longer than the lease: the job runs out and the other scheduler takes it again while this one still harvests. */
const HARVEST_MS = 3_500;
const FEEDS = ['feed-a', 'feed-b', 'feed-c'];

/**
 * Two schedulers in this process over one database and feeds whose harvest outlasts the lease (a
 * slow partner, or a harvest thread still starting): the second takes each expired job, and must
 * not harvest a feed the first is still harvesting.
 */
describe.skipIf(!SERVER_URL)('leased harvests slower than their lease', () => {
  const dueAt = new Map(FEEDS.map((feed) => [feed, 0]));
  const harvests: { feed: string; by: string }[] = [];
  const errors: unknown[] = [];
  let database: { url: string; drop(): Promise<void> };
  let schedulers: LeasedScheduler[] = [];

  const schedulerNamed = (name: string) =>
    new LeasedScheduler(
      {
        dueFeeds: (now) => FEEDS.filter((feed) => dueAt.get(feed)! <= now.getTime()),
        isDue: async (feed, now) => dueAt.get(feed)! <= now.getTime(),
        harvest: async (feed) => {
          harvests.push({ feed, by: name });
          await sleep(HARVEST_MS);
          dueAt.set(feed, Date.now() + 3_600_000);
        },
        onError: (_, error) => errors.push(error),
      },
      { databaseUrl: database.url, leaseSeconds: LEASE_SECONDS, concurrency: 2, tickSeconds: 1 },
    );

  beforeAll(async () => {
    database = await freshServerDatabase();
    schedulers = [schedulerNamed('first'), schedulerNamed('second')];
  });

  afterAll(async () => {
    await Promise.all(schedulers.map((scheduler) => scheduler.stop()));
    await database.drop();
  });

  it('harvests each feed once, however often its lease runs out', { timeout: 60_000 }, async () => {
    await Promise.all(schedulers.map((scheduler) => scheduler.start()));
    // Several leases more: a second harvest of a feed would have begun by now.
    await sleep(HARVEST_MS + 3_000);
    expect(harvests.map((harvest) => harvest.feed).sort()).toEqual(FEEDS);
    expect(errors).toEqual([]);
  });
});
