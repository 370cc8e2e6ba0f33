import { and, asc, count, desc, eq, gt, gte, lt, ne, or, type SQL } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import type { Identity } from '@campus/schema';
import { badInput, callerOf, connectionOf, DateTimeScalar, decodeTextCursor, inJsonList, jsonList, loaderById, pageSize, perRequest, type PageArgs } from '@campus/subgraph-runtime';
import type { FeedsDatabase } from './db/openFeedsDatabase';
import { auditLog, feeds, harvestRuns, type FeedRow, type HarvestRunRow } from './db/tables';
import type { FeedRegistry } from './feedMutations';
import type { MutationResolvers, Resolvers } from './generated/resolvers';
import type { FeedHarvests } from './harvest/feedHarvests';
import type { FeedSources } from './harvest/feedSources';
import { validateFeed } from './validateFeed';


const MAX_RUNS = 100;


/** A feed failing this many times in a row is FAILING and needs an admin's eye. */
const FAILING_AFTER = 3;

export function feedsResolvers(database: FeedsDatabase, sources: FeedSources, registry: FeedRegistry, harvests: FeedHarvests, secret: Buffer): Resolvers {
  const { db } = database;
  const feedRows = db.select().from(feeds).where(inJsonList(feeds.id)).prepare();
  const loaders = perRequest(() => ({
    feed: loaderById((ids) => feedRows.all(jsonList(ids))),
  }));
  const runsOf = (feedId: string, limit: number, after: number | null = null): HarvestRunRow[] =>
    db
      .select()
      .from(harvestRuns)
      .where(after === null ? eq(harvestRuns.feedId, feedId) : and(eq(harvestRuns.feedId, feedId), lt(harvestRuns.id, after)))
      .orderBy(desc(harvestRuns.id))
      .limit(limit)
      .all();
  const visibleTo = (caller: Identity, feed: FeedRow): boolean => feed.status === 'ACTIVE' || registry.mayManage(caller, feed);
  // The same rule as visibleTo, for a query: admins see all, a partner its own too, the public the harvested.
  const visibleWhere = (caller: Identity): SQL | undefined =>
    caller.role === 'ADMIN' ? undefined : caller.role === 'PARTNER' ? or(eq(feeds.status, 'ACTIVE'), eq(feeds.providerId, caller.providerId)) : eq(feeds.status, 'ACTIVE');
  const needsAttention = or(eq(feeds.status, 'PENDING'), and(eq(feeds.status, 'ACTIVE'), gte(feeds.consecutiveFailures, FAILING_AFTER)));
  const feedPage = (scope: SQL | undefined, args: PageArgs) => {
    const first = pageSize(args.first);
    const after = decodeTextCursor(args.after, 1);
    const rows = db.select().from(feeds).where(and(scope, after ? gt(feeds.id, after[0]!) : undefined)).orderBy(asc(feeds.id)).limit(first + 1).all();
    const totalCount = db.select({ n: count() }).from(feeds).where(scope).get()?.n ?? 0;
    return connectionOf(rows, first, (row) => [row.id], { totalCount, after: after !== null });
  };
  const onlyAdmins = (context: unknown, refusal: string): void => {
    if (callerOf(context, secret).role !== 'ADMIN') throw new GraphQLError(refusal, { extensions: { code: 'FORBIDDEN' } });
  };

  return {
    DateTime: DateTimeScalar,
    Query: {
      feeds: (_, __, context) => db.select().from(feeds).where(visibleWhere(callerOf(context, secret))).orderBy(asc(feeds.id)).all(),
      feedsConnection: (_, args, context) => feedPage(visibleWhere(callerOf(context, secret)), args),
      feed: async (_, args, context) => {
        const feed = await loaders(context).feed.load(args.id);
        return feed && visibleTo(callerOf(context, secret), feed) ? feed : null;
      },
      auditLog: (_, args, context) => {
        onlyAdmins(context, 'only admins read the audit log');
        const first = args.first ?? 50;
        if (!Number.isInteger(first) || first < 1 || first > MAX_RUNS) throw badInput(`"first" must be between 1 and ${MAX_RUNS}`, 'first');
        return db
          .select()
          .from(auditLog)
          .where(args.feedId ? eq(auditLog.feedId, args.feedId) : undefined)
          .orderBy(desc(auditLog.id))
          .limit(first)
          .all()
          .map((entry) => ({ ...entry, details: JSON.stringify(entry.details) }));
      },
      feedsNeedingAttention: (_, __, context) => {
        onlyAdmins(context, 'only admins see the feeds that need attention');
        return db.select().from(feeds).where(needsAttention).orderBy(asc(feeds.id)).all();
      },
      feedsNeedingAttentionConnection: (_, args, context) => {
        onlyAdmins(context, 'only admins see the feeds that need attention');
        return feedPage(needsAttention, args);
      },
    },
    Mutation: database.writes.writing<MutationResolvers>('the change', {
      validateFeed: (_, args, context) =>
        validateFeed(sources.fetcher, callerOf(context, secret), args.url, args.format ?? null, args.lang ?? 'EN'),
      registerFeed: (_, args, context) => registry.register(callerOf(context, secret), args.input),
      approveFeed: (_, args, context) => registry.approve(callerOf(context, secret), args.id),
      rejectFeed: (_, args, context) => registry.reject(callerOf(context, secret), args.id, args.reason),
      updateFeed: (_, args, context) => registry.update(callerOf(context, secret), args.id, args.input),
      pauseFeed: (_, args, context) => registry.setPaused(callerOf(context, secret), args.id, true),
      resumeFeed: (_, args, context) => registry.setPaused(callerOf(context, secret), args.id, false),
      harvestFeedNow: (_, args, context) => registry.harvestNow(callerOf(context, secret), args.id),
      removeFeed: (_, args, context) => registry.remove(callerOf(context, secret), args.id),
    }),
    Feed: {
      // The same rule as `feed(id:)`: an entity reference (an offering's source) shows no more.
      __resolveReference: async (reference, context) => {
        const feed = await loaders(context).feed.load(reference.id);
        return feed && visibleTo(callerOf(context, secret), feed) ? feed : null;
      },
      url: (feed) => sources.shown(feed.url),
      format: (feed) => feed.format ?? feed.detectedFormat,
      provider: (feed) => ({ __typename: 'Provider', id: feed.providerId }),
      nextHarvestAt: (feed) => feed.nextRunAt,
      lastHarvest: (feed) => harvests.unwrittenRun(feed.id) ?? runsOf(feed.id, 1)[0] ?? null,
      runs: (feed, args) => {
        const first = args.first ?? 10;
        if (!Number.isInteger(first) || first < 1 || first > MAX_RUNS) throw badInput(`"first" must be between 1 and ${MAX_RUNS}`, 'first');
        const after = args.after ? Number(args.after) : null;
        if (after !== null && !Number.isInteger(after)) throw badInput('"after" is not a run id', 'after');
        return runsOf(feed.id, first, after);
      },
      health: (feed) => {
        const lastSuccess = db.select({ at: harvestRuns.finishedAt }).from(harvestRuns).where(and(eq(harvestRuns.feedId, feed.id), ne(harvestRuns.outcome, 'FAILED'))).orderBy(desc(harvestRuns.id)).limit(1).get()?.at ?? null;
        const unwritten = harvests.unwrittenRun(feed.id);
        const lastFailure =
          unwritten?.outcome === 'FAILED'
            ? { at: unwritten.finishedAt, error: unwritten.error }
            : (db.select({ at: harvestRuns.finishedAt, error: harvestRuns.error }).from(harvestRuns).where(and(eq(harvestRuns.feedId, feed.id), eq(harvestRuns.outcome, 'FAILED'))).orderBy(desc(harvestRuns.id)).limit(1).get() ?? null);
        const staleBefore = Date.now() - 3 * feed.intervalMinutes * 60_000;
        const status =
          feed.status !== 'ACTIVE'
            ? feed.status
            : feed.consecutiveFailures >= FAILING_AFTER
              ? 'FAILING'
              : lastSuccess && Date.parse(lastSuccess) < staleBefore
                ? 'STALE'
                : 'HEALTHY';
        return {
          status,
          lastSuccess,
          lastFailure: lastFailure?.at ?? null,
          lastFailureReason: lastFailure?.error ?? null,
          consecutiveFailures: feed.consecutiveFailures,
          nextRun: feed.status === 'ACTIVE' ? feed.nextRunAt : null,
          rejectionReason: feed.rejectionReason,
        };
      },
    },
  };
}
