import { and, asc, count, desc, eq, gt, inArray, lt, lte, ne, notInArray } from 'drizzle-orm';
import type { FeedsDatabase } from './openFeedsDatabase';
import { scopeCondition, type FeedScope, type FeedsStore } from './feedsStore';
import { auditLog, feeds, harvestRuns } from './tables';

const whereOf = (scope: FeedScope) => scopeCondition(scope, feeds);

/** The feeds service's storage in its SQLite file (better-sqlite3 answers at once; the interface is the servers'). */
export function sqliteFeedsStore(database: FeedsDatabase): FeedsStore {
  const { db } = database;
  return {
    applyConfig: async (configs, at) =>
      db.transaction((tx) => {
        for (const config of configs) {
          const values = { url: config.url, providerId: config.providerId, format: config.format, intervalMinutes: config.intervalMinutes, defaults: config.defaults, updatedAt: at };
          const known = tx.select({ url: feeds.url, format: feeds.format }).from(feeds).where(eq(feeds.id, config.id)).get();
          if (!known) {
            tx.insert(feeds).values({ id: config.id, ...values, status: 'ACTIVE', nextRunAt: at, createdAt: at }).run();
            continue;
          }
          const changedSource = known.url !== config.url || known.format !== config.format;
          tx.update(feeds).set(changedSource ? { ...values, etag: null, lastModified: null, contentHash: null, nextRunAt: at } : values).where(eq(feeds.id, config.id)).run();
        }
      }),
    feed: async (id) => db.select().from(feeds).where(eq(feeds.id, id)).get() ?? null,
    feedsById: async (ids) => (ids.length === 0 ? [] : db.select().from(feeds).where(inArray(feeds.id, [...ids])).all()),
    feeds: async (scope, after, limit) => {
      const query = db.select().from(feeds).where(and(whereOf(scope), after === null ? undefined : gt(feeds.id, after))).orderBy(asc(feeds.id));
      return limit === null ? query.all() : query.limit(limit).all();
    },
    countFeeds: async (scope) => db.select({ n: count() }).from(feeds).where(whereOf(scope)).get()?.n ?? 0,
    countLiveFeedsOf: async (providerId) => db.select({ n: count() }).from(feeds).where(and(eq(feeds.providerId, providerId), notInArray(feeds.status, ['REMOVED', 'REJECTED']))).get()?.n ?? 0,
    dueFeeds: async (now) => db.select({ id: feeds.id }).from(feeds).where(and(eq(feeds.status, 'ACTIVE'), lte(feeds.nextRunAt, now))).orderBy(feeds.nextRunAt, feeds.id).all().map((row) => row.id),
    insertFeed: async (feed) => void db.insert(feeds).values(feed).run(),
    updateFeed: async (id, changes) => void db.update(feeds).set(changes).where(eq(feeds.id, id)).run(),
    runs: async (feedId, limit, before) =>
      db.select().from(harvestRuns).where(and(eq(harvestRuns.feedId, feedId), before === null ? undefined : lt(harvestRuns.id, before))).orderBy(desc(harvestRuns.id)).limit(limit).all(),
    lastSuccessAt: async (feedId) => db.select({ at: harvestRuns.finishedAt }).from(harvestRuns).where(and(eq(harvestRuns.feedId, feedId), ne(harvestRuns.outcome, 'FAILED'))).orderBy(desc(harvestRuns.id)).limit(1).get()?.at ?? null,
    lastFailure: async (feedId) => db.select({ at: harvestRuns.finishedAt, error: harvestRuns.error }).from(harvestRuns).where(and(eq(harvestRuns.feedId, feedId), eq(harvestRuns.outcome, 'FAILED'))).orderBy(desc(harvestRuns.id)).limit(1).get() ?? null,
    recordRuns: async (feedId, runs, feed) =>
      db.transaction((tx) => {
        if (runs.length > 0) tx.insert(harvestRuns).values([...runs]).run();
        tx.update(feeds).set(feed).where(eq(feeds.id, feedId)).run();
      }),
    addAudit: async (entry) => void db.insert(auditLog).values(entry).run(),
    audit: async (feedId, limit) => db.select().from(auditLog).where(feedId === null ? undefined : eq(auditLog.feedId, feedId)).orderBy(desc(auditLog.id)).limit(limit).all(),
    queries: database.queries,
    writes: database.writes,
    close: async () => database.close(),
  };
}
