import { and, eq, gte, or, type Column, type SQL } from 'drizzle-orm';
import type { FeedConfig } from '@campus/schema';
import type { QueryCounter, WriteHealth } from '@campus/subgraph-runtime';
import type { auditLog, FeedRow, feeds, HarvestRunRow, harvestRuns } from './tables';

export type NewFeed = typeof feeds.$inferInsert;
export type FeedChanges = Partial<Omit<FeedRow, 'id' | 'createdAt'>>;
export type NewHarvestRun = typeof harvestRuns.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;

/** Which feeds a list holds: those a caller may see (admins all, a partner the harvested and its own, the public the harvested), or those that need an admin's eye (pending, failing, held). */
export type FeedScope = { visibleTo: { role: 'ADMIN' } | { role: 'PARTNER'; providerId: string } | { role: 'PUBLIC' } } | { needingAttention: { failingAfter: number } };

/** The condition of a scope on either dialect's feeds table; the same rule as FeedScope says. */
export function scopeCondition(scope: FeedScope, feeds: { status: Column; providerId: Column; consecutiveFailures: Column; withdrawalHold: Column }): SQL | undefined {
  if ('needingAttention' in scope) {
    const troubled = or(gte(feeds.consecutiveFailures, scope.needingAttention.failingAfter), eq(feeds.withdrawalHold, 'HELD'));
    return or(eq(feeds.status, 'PENDING'), and(eq(feeds.status, 'ACTIVE'), troubled));
  }
  const caller = scope.visibleTo;
  if (caller.role === 'ADMIN') return undefined;
  return caller.role === 'PARTNER' ? or(eq(feeds.status, 'ACTIVE'), eq(feeds.providerId, caller.providerId)) : eq(feeds.status, 'ACTIVE');
}

/**
 * The feeds service's storage: feeds, their harvest runs and the audit log; nothing else runs SQL.
 * SQLite (the embedded default) and PostgreSQL implement it alike (test/feedsStore.test.ts).
 */
export interface FeedsStore {
  /** Makes the feeds agree with the operator's configuration: a new feed is due at once, a known one keeps its rhythm, a changed source forgets its validators. */
  applyConfig(configs: readonly FeedConfig[], at: string): Promise<void>;
  feed(id: string): Promise<FeedRow | null>;
  feedsById(ids: readonly string[]): Promise<FeedRow[]>;
  /** The feeds in scope by id, after the id `after`, at most `limit` (all when null). */
  feeds(scope: FeedScope, after: string | null, limit: number | null): Promise<FeedRow[]>;
  countFeeds(scope: FeedScope): Promise<number>;
  /** A provider's feeds that count against its limit (neither removed nor rejected). */
  countLiveFeedsOf(providerId: string): Promise<number>;
  /** Active feeds due by `now`, soonest first. */
  dueFeeds(now: string): Promise<string[]>;
  insertFeed(feed: NewFeed): Promise<void>;
  updateFeed(id: string, changes: FeedChanges): Promise<void>;

  /** A feed's runs newest first, before the run id `before`. */
  runs(feedId: string, limit: number, before: number | null): Promise<HarvestRunRow[]>;
  /** When the newest run that did not fail finished, or null. */
  lastSuccessAt(feedId: string): Promise<string | null>;
  /** The newest failed run's finish and error, or null. */
  lastFailure(feedId: string): Promise<{ at: string; error: string | null } | null>;
  /** Records runs of a feed and its state after them, both or neither. */
  recordRuns(feedId: string, runs: readonly NewHarvestRun[], feed: FeedChanges): Promise<void>;

  addAudit(entry: Omit<AuditEntry, 'id'>): Promise<void>;
  /** The newest audit entries, of one feed or all. */
  audit(feedId: string | null, limit: number): Promise<AuditEntry[]>;

  queries: QueryCounter;
  writes: WriteHealth;
  close(): Promise<void>;
}
