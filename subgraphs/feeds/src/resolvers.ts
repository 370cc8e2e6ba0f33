import { GraphQLError } from 'graphql';
import type { Identity } from '@campus/schema';
import { badInput, callerOf, connectionOf, DateTimeScalar, decodeTextCursor, loaderById, pageSize, perRequest, type PageArgs } from '@campus/subgraph-runtime';
import type { FeedScope, FeedsStore } from './db/feedsStore';
import type { FeedRow } from './db/tables';
import type { FeedRegistry } from './feedMutations';
import type { MutationResolvers, Resolvers } from './generated/resolvers';
import type { FeedHarvests } from './harvest/feedHarvests';
import type { FeedSources } from './harvest/feedSources';
import { validateFeed } from './validateFeed';


const MAX_RUNS = 100;


/** A feed failing this many times in a row is FAILING and needs an admin's eye. */
const FAILING_AFTER = 3;

export function feedsResolvers(store: FeedsStore, sources: FeedSources, registry: FeedRegistry, harvests: FeedHarvests, secret: Buffer): Resolvers {
  const loaders = perRequest(() => ({
    feed: loaderById((ids) => store.feedsById(ids)),
  }));
  const visibleTo = (caller: Identity, feed: FeedRow): boolean => feed.status === 'ACTIVE' || registry.mayManage(caller, feed);
  // The same rule as visibleTo, for a list: admins see all, a partner its own too, the public the harvested.
  const visible = (caller: Identity): FeedScope => ({ visibleTo: caller.role === 'PARTNER' ? { role: 'PARTNER', providerId: caller.providerId } : { role: caller.role } });
  const needsAttention: FeedScope = { needingAttention: { failingAfter: FAILING_AFTER } };
  const feedPage = async (scope: FeedScope, args: PageArgs) => {
    const first = pageSize(args.first);
    const after = decodeTextCursor(args.after, 1);
    const [rows, totalCount] = await Promise.all([store.feeds(scope, after?.[0] ?? null, first + 1), store.countFeeds(scope)]);
    return connectionOf(rows, first, (row) => [row.id], { totalCount, after: after !== null });
  };
  const onlyAdmins = (context: unknown, refusal: string): void => {
    if (callerOf(context, secret).role !== 'ADMIN') throw new GraphQLError(refusal, { extensions: { code: 'FORBIDDEN' } });
  };

  return {
    DateTime: DateTimeScalar,
    Query: {
      feeds: (_, __, context) => store.feeds(visible(callerOf(context, secret)), null, null),
      feedsConnection: (_, args, context) => feedPage(visible(callerOf(context, secret)), args),
      feed: async (_, args, context) => {
        const feed = await loaders(context).feed.load(args.id);
        return feed && visibleTo(callerOf(context, secret), feed) ? feed : null;
      },
      auditLog: async (_, args, context) => {
        onlyAdmins(context, 'only admins read the audit log');
        const first = args.first ?? 50;
        if (!Number.isInteger(first) || first < 1 || first > MAX_RUNS) throw badInput(`"first" must be between 1 and ${MAX_RUNS}`, 'first');
        return (await store.audit(args.feedId ?? null, first)).map((entry) => ({ ...entry, details: JSON.stringify(entry.details) }));
      },
      feedsNeedingAttention: (_, __, context) => {
        onlyAdmins(context, 'only admins see the feeds that need attention');
        return store.feeds(needsAttention, null, null);
      },
      feedsNeedingAttentionConnection: (_, args, context) => {
        onlyAdmins(context, 'only admins see the feeds that need attention');
        return feedPage(needsAttention, args);
      },
    },
    Mutation: store.writes.writing<MutationResolvers>('the change', {
      validateFeed: (_, args, context) =>
        validateFeed(sources.fetcher, callerOf(context, secret), args.url, args.format ?? null, args.lang ?? 'EN'),
      registerFeed: (_, args, context) => registry.register(callerOf(context, secret), args.input),
      approveFeed: (_, args, context) => registry.approve(callerOf(context, secret), args.id),
      rejectFeed: (_, args, context) => registry.reject(callerOf(context, secret), args.id, args.reason),
      updateFeed: (_, args, context) => registry.update(callerOf(context, secret), args.id, args.input),
      pauseFeed: (_, args, context) => registry.setPaused(callerOf(context, secret), args.id, true),
      resumeFeed: (_, args, context) => registry.setPaused(callerOf(context, secret), args.id, false),
      harvestFeedNow: (_, args, context) => registry.harvestNow(callerOf(context, secret), args.id),
      confirmFeedWithdrawals: (_, args, context) => registry.confirmWithdrawals(callerOf(context, secret), args.id),
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
      lastHarvest: async (feed) => harvests.unwrittenRun(feed.id) ?? (await store.runs(feed.id, 1, null))[0] ?? null,
      runs: (feed, args) => {
        const first = args.first ?? 10;
        if (!Number.isInteger(first) || first < 1 || first > MAX_RUNS) throw badInput(`"first" must be between 1 and ${MAX_RUNS}`, 'first');
        const after = args.after ? Number(args.after) : null;
        if (after !== null && !Number.isInteger(after)) throw badInput('"after" is not a run id', 'after');
        return store.runs(feed.id, first, after);
      },
      health: async (feed) => {
        const lastSuccess = await store.lastSuccessAt(feed.id);
        const unwritten = harvests.unwrittenRun(feed.id);
        const lastFailure = unwritten?.outcome === 'FAILED' ? { at: unwritten.finishedAt, error: unwritten.error } : await store.lastFailure(feed.id);
        const staleBefore = Date.now() - 3 * feed.intervalMinutes * 60_000;
        const status =
          feed.status !== 'ACTIVE'
            ? feed.status
            : feed.consecutiveFailures >= FAILING_AFTER
              ? 'FAILING'
              : feed.withdrawalHold === 'HELD'
                ? 'HELD'
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
