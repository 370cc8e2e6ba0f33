import { and, asc, count, desc, eq, gt, inArray, lt, lte, ne, notInArray } from 'drizzle-orm';
import { WriteHealth, type PostgresConnection } from '@campus/subgraph-runtime';
import { scopeCondition, type FeedScope, type FeedsStore } from './feedsStore';
import { auditLog, feeds, harvestRuns } from './pgTables';

const whereOf = (scope: FeedScope) => scopeCondition(scope, feeds);

/** The feeds service's storage in its own schema of a PostgreSQL database (migrated by the caller). */
export function postgresFeedsStore(connection: PostgresConnection): FeedsStore {
  const { db } = connection;
  const first = <T>(rows: T[]): T | null => rows[0] ?? null;
  return {
    applyConfig: (configs, at) =>
      db.transaction(async (tx) => {
        for (const config of configs) {
          const values = { url: config.url, providerId: config.providerId, format: config.format, intervalMinutes: config.intervalMinutes, defaults: config.defaults, updatedAt: at };
          const known = first(await tx.select({ url: feeds.url, format: feeds.format }).from(feeds).where(eq(feeds.id, config.id)));
          if (!known) {
            // Another scheduler starting at the same moment may have added it first.
            await tx.insert(feeds).values({ id: config.id, ...values, status: 'ACTIVE', nextRunAt: at, createdAt: at }).onConflictDoNothing();
            continue;
          }
          const changedSource = known.url !== config.url || known.format !== config.format;
          await tx.update(feeds).set(changedSource ? { ...values, etag: null, lastModified: null, contentHash: null, nextRunAt: at } : values).where(eq(feeds.id, config.id));
        }
      }),
    feed: async (id) => first(await db.select().from(feeds).where(eq(feeds.id, id))),
    feedsById: async (ids) => (ids.length === 0 ? [] : db.select().from(feeds).where(inArray(feeds.id, [...ids]))),
    feeds: async (scope, after, limit) => {
      const query = db.select().from(feeds).where(and(whereOf(scope), after === null ? undefined : gt(feeds.id, after))).orderBy(asc(feeds.id));
      return limit === null ? query : query.limit(limit);
    },
    countFeeds: async (scope) => first(await db.select({ n: count() }).from(feeds).where(whereOf(scope)))?.n ?? 0,
    countLiveFeedsOf: async (providerId) => first(await db.select({ n: count() }).from(feeds).where(and(eq(feeds.providerId, providerId), notInArray(feeds.status, ['REMOVED', 'REJECTED']))))?.n ?? 0,
    dueFeeds: async (now) => (await db.select({ id: feeds.id }).from(feeds).where(and(eq(feeds.status, 'ACTIVE'), lte(feeds.nextRunAt, now))).orderBy(feeds.nextRunAt, feeds.id)).map((row) => row.id),
    insertFeed: async (feed) => void (await db.insert(feeds).values(feed)),
    updateFeed: async (id, changes) => void (await db.update(feeds).set(changes).where(eq(feeds.id, id))),
    runs: (feedId, limit, before) => db.select().from(harvestRuns).where(and(eq(harvestRuns.feedId, feedId), before === null ? undefined : lt(harvestRuns.id, before))).orderBy(desc(harvestRuns.id)).limit(limit),
    lastSuccessAt: async (feedId) => first(await db.select({ at: harvestRuns.finishedAt }).from(harvestRuns).where(and(eq(harvestRuns.feedId, feedId), ne(harvestRuns.outcome, 'FAILED'))).orderBy(desc(harvestRuns.id)).limit(1))?.at ?? null,
    lastFailure: async (feedId) => first(await db.select({ at: harvestRuns.finishedAt, error: harvestRuns.error }).from(harvestRuns).where(and(eq(harvestRuns.feedId, feedId), eq(harvestRuns.outcome, 'FAILED'))).orderBy(desc(harvestRuns.id)).limit(1)),
    recordRuns: (feedId, runs, feed) =>
      db.transaction(async (tx) => {
        if (runs.length > 0) await tx.insert(harvestRuns).values([...runs]);
        await tx.update(feeds).set(feed).where(eq(feeds.id, feedId));
      }),
    addAudit: async (entry) => void (await db.insert(auditLog).values(entry)),
    audit: (feedId, limit) => db.select().from(auditLog).where(feedId === null ? undefined : eq(auditLog.feedId, feedId)).orderBy(desc(auditLog.id)).limit(limit),
    queries: connection.queries,
    writes: new WriteHealth('feeds', null),
    close: () => connection.close(),
  };
}
