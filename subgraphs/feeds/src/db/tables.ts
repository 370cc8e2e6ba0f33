import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { FeedDefaults, FeedFormat } from '@campus/schema';
import type { FeedStatus, HarvestOutcome } from '../generated/resolvers';

export type WithdrawalHold = 'HELD' | 'CONFIRMED';

export const feeds = sqliteTable('feeds', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  providerId: text('provider_id').notNull(),
  /** The format stated at registration; null to detect it on every harvest. */
  format: text('format').$type<FeedFormat>(),
  /** The format the last successful harvest found. */
  detectedFormat: text('detected_format').$type<FeedFormat>(),
  intervalMinutes: integer('interval_minutes').notNull(),
  defaults: text('defaults', { mode: 'json' }).$type<FeedDefaults>().notNull(),
  /** ACTIVE, PAUSED, PENDING (awaiting an admin), REJECTED or REMOVED. */
  status: text('status').$type<FeedStatus>().notNull(),
  rejectionReason: text('rejection_reason'),
  /** The key that registered the feed; null for feeds from the operator's file. */
  registeredBy: text('registered_by'),
  etag: text('etag'),
  lastModified: text('last_modified'),
  contentHash: text('content_hash'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  /** HELD: the last harvest would have withdrawn most of the feed's offerings and was not applied; CONFIRMED: the partner or an admin let the next one do so. */
  withdrawalHold: text('withdrawal_hold').$type<WithdrawalHold>(),
  nextRunAt: text('next_run_at').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const harvestRuns = sqliteTable(
  'harvest_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    feedId: text('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at').notNull(),
    /** SUCCESS, UNCHANGED or FAILED. */
    outcome: text('outcome').$type<HarvestOutcome>().notNull(),
    format: text('format').$type<FeedFormat>(),
    itemCount: integer('item_count').notNull().default(0),
    added: integer('added').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    withdrawn: integer('withdrawn').notNull().default(0),
    warnings: text('warnings', { mode: 'json' }).$type<string[]>().notNull(),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (table) => [index('harvest_runs_feed').on(table.feedId, table.id)],
);

/** Who registered, approved, rejected, changed or removed which feed, and when. */
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  /** The key id, or "operator" for the configuration file. */
  actor: text('actor').notNull(),
  role: text('role').notNull(),
  action: text('action').notNull(),
  feedId: text('feed_id').notNull(),
  details: text('details', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
});

export type FeedRow = typeof feeds.$inferSelect;
export type HarvestRunRow = typeof harvestRuns.$inferSelect;
