import { readFileSync } from 'node:fs';
import { parse, type GraphQLSchema } from 'graphql';
import type { FeedConfig, SnapshotIngest } from '@campus/schema';
import { HarvestScheduler, type AddressPolicy, type FeedScheduler, type FetchLimits, type SchedulerHooks, type TickSeconds } from '@campus/harvesters';
import { identitySecret, log, subgraphSchema, WriteHealth, type LogLevel, type QueryCounter } from '@campus/subgraph-runtime';
import { openFeedsStore, type FeedsDatabaseChoice } from './db/openFeedsStore';
import { FeedRegistry } from './feedMutations';
import { FeedHarvests } from './harvest/feedHarvests';
import { FeedSources } from './harvest/feedSources';
import { HarvestThread } from './harvest/harvestThreads';
import { LeasedScheduler, type LeaseSettings } from './harvest/leasedScheduler';
import { harvestHere } from './harvest/runHarvest';
import { feedsResolvers } from './resolvers';

/** Harvests one process runs at once. */
const HARVESTS_AT_ONCE = 2;

export const FEEDS_SDL = readFileSync(new URL('./feeds.graphql', import.meta.url), 'utf8');

export interface FeedsSubgraphOptions {
  dataDir: string;
  /** Where its tables are: the SQLite file in `dataDir` (default), or a PostgreSQL database. */
  database?: FeedsDatabaseChoice;
  feeds: readonly FeedConfig[];
  /** The catalogue's ingest interface. */
  ingest: SnapshotIngest;
  /** Addresses any feed may be fetched from although they are not public: the operator's allowance. */
  addressPolicy: AddressPolicy;
  /** The bundled demo feed server this process reaches, for the operator's `{demoFeeds}/…` feeds. */
  demoFeedsUrl?: string | null;
  fetchLimits?: FetchLimits;
  /** How many months ahead recurring events are expanded. */
  horizonMonths?: number;
  /** How many feeds one provider may register (default 10). */
  maxFeedsPerProvider?: number;
  /**
   * Harvest on a thread of their own, writing through a catalogue ingest of their own over the
   * catalogue's file in `dataDir` (default); off, they run here through `ingest` (tools, tests).
   */
  harvestThread?: boolean;
  /** The catalogue's PostgreSQL database, where the harvest thread's own ingest writes; unset, the catalogue's file in `dataDir`. */
  catalogDatabaseUrl?: string | null;
  /** The catalog service when it runs in another process: the harvest thread writes through its internal ingest. */
  catalogService?: { url: string; timeoutMs: number } | null;
  /** The secret the parts sign their calls with (default: the data folder's). */
  secret?: Buffer;
  /** Harvests shared with other scheduler processes through leases in this database; unset, this process schedules alone. */
  leases?: Omit<LeaseSettings, 'concurrency' | 'tickSeconds'> | null;
  /** How often the scheduler looks for due feeds (default once a minute). */
  tickSeconds?: TickSeconds;
  logLevel?: LogLevel;
}

export interface FeedsSubgraph {
  name: 'feeds';
  sdl: string;
  schema: GraphQLSchema;
  harvests: FeedHarvests;
  scheduler: FeedScheduler;
  queries: QueryCounter;
  /** Whether the feeds' database can write. */
  writes: WriteHealth;
  /** Whether the catalogue's database took the harvest thread's writes (null: no harvest thread). */
  ingestWrites: WriteHealth | null;
  close(): Promise<void>;
}

/** The feeds subgraph with its harvest scheduler (not yet started: call `scheduler.start()`). */
export async function createFeedsSubgraph(options: FeedsSubgraphOptions): Promise<FeedsSubgraph> {
  const store = await openFeedsStore(options.dataDir, options.database ?? { kind: 'sqlite' });
  await store.applyConfig(options.feeds, new Date().toISOString());
  const sources = new FeedSources(options.addressPolicy, options.demoFeedsUrl ?? null, options.fetchLimits);
  const horizonMonths = options.horizonMonths ?? 12;
  const secret = options.secret ?? identitySecret(options.dataDir);
  const catalogService = options.catalogService ? { ...options.catalogService, secret } : null;
  // A catalog service elsewhere tells of its own storage in its /health; here, the thread's refusals do.
  const ingestWrites = options.harvestThread === false || catalogService ? null : new WriteHealth('catalog', options.dataDir);
  const thread =
    options.harvestThread === false
      ? null
      : new HarvestThread(
          { dataDir: options.dataDir, catalogService, catalogDatabaseUrl: options.catalogDatabaseUrl ?? null, policy: options.addressPolicy, demoFeedsUrl: options.demoFeedsUrl ?? null, fetchLimits: options.fetchLimits, horizonMonths, logLevel: options.logLevel ?? 'info' },
          ingestWrites,
        );
  const harvests = new FeedHarvests(store, { run: thread?.run ?? harvestHere(sources, options.ingest, horizonMonths) });
  const hooks: SchedulerHooks = {
    dueFeeds: (now) => harvests.dueFeeds(now),
    harvest: (feedId, stop) => harvests.harvest(feedId, stop),
    onError: (feedId, error) =>
      feedId === null ? log.error({ part: 'feeds', err: error }, 'the due feeds could not be read; the next tick tries again') : log.error({ part: 'feeds', feed: feedId, err: error }, 'a harvest crashed'),
  };
  const tickSeconds = options.tickSeconds ?? 60;
  const isDue = async (feedId: string, now: Date): Promise<boolean> => {
    const feed = await store.feed(feedId);
    return feed?.status === 'ACTIVE' && feed.nextRunAt <= now.toISOString();
  };
  const scheduler: FeedScheduler = options.leases ? new LeasedScheduler({ ...hooks, isDue }, { ...options.leases, concurrency: HARVESTS_AT_ONCE, tickSeconds }) : new HarvestScheduler(hooks, HARVESTS_AT_ONCE, tickSeconds);
  const registry = new FeedRegistry(store, {
    fetcher: sources.fetcher,
    ingest: options.ingest,
    harvestNow: (feedId) => scheduler.runOne(feedId),
    maxFeedsPerProvider: options.maxFeedsPerProvider ?? 10,
  });
  return {
    name: 'feeds',
    sdl: FEEDS_SDL,
    schema: subgraphSchema(parse(FEEDS_SDL), feedsResolvers(store, sources, registry, harvests, secret)),
    harvests,
    scheduler,
    queries: store.queries,
    writes: store.writes,
    ingestWrites,
    close: async () => {
      await scheduler.stop();
      await thread?.close();
      await sources.close();
      await store.close();
    },
  };
}
