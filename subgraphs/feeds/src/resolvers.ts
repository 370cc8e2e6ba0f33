import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { FeedFetcher } from '@campus/harvesters';
import type { FeedFormat } from '@campus/schema';
import { badInput, callerOf, DateTimeScalar, loaderById, perRequest } from '@campus/subgraph-runtime';
import type { FeedsDatabase } from './db/openFeedsDatabase';
import { feeds, harvestRuns } from './db/tables';
import { validateFeed } from './validateFeed';

type FeedRow = typeof feeds.$inferSelect;
type RunRow = typeof harvestRuns.$inferSelect;

const MAX_RUNS = 100;

export function feedsResolvers(database: FeedsDatabase, fetcher: FeedFetcher, secret: Buffer): GraphQLResolverMap<object> {
  const { db } = database;
  const loaders = perRequest(() => ({
    feed: loaderById((ids) => db.select().from(feeds).where(inArray(feeds.id, ids)).all()),
  }));
  const runsOf = (feedId: string, limit: number): RunRow[] =>
    db.select().from(harvestRuns).where(eq(harvestRuns.feedId, feedId)).orderBy(desc(harvestRuns.id)).limit(limit).all();

  return {
    DateTime: DateTimeScalar,
    Query: {
      feeds: () => db.select().from(feeds).orderBy(asc(feeds.id)).all(),
      feed: (_: unknown, args: { id: string }, context: object) => loaders(context).feed.load(args.id),
    },
    Mutation: {
      validateFeed: (_: unknown, args: { url: string; format?: FeedFormat | null }, context: object) => validateFeed(fetcher, callerOf(context, secret), args.url, args.format ?? null),
    },
    Feed: {
      __resolveReference: (reference: { id: string }, context: object) => loaders(context).feed.load(reference.id),
      format: (feed: FeedRow) => feed.format ?? feed.detectedFormat,
      provider: (feed: FeedRow) => ({ __typename: 'Provider', id: feed.providerId }),
      nextHarvestAt: (feed: FeedRow) => feed.nextRunAt,
      lastHarvest: (feed: FeedRow) => runsOf(feed.id, 1)[0] ?? null,
      runs: (feed: FeedRow, args: { first?: number | null }) => {
        const first = args.first ?? 10;
        if (!Number.isInteger(first) || first < 1 || first > MAX_RUNS) throw badInput(`"first" must be between 1 and ${MAX_RUNS}`, 'first');
        return runsOf(feed.id, first);
      },
    },
  };
}
