import { index, integer, jsonb, pgSchema, serial, text } from 'drizzle-orm/pg-core';
import type { FeedDefaults, FeedFormat } from '@campus/schema';
import type { FeedStatus, HarvestOutcome } from '../generated/resolvers';
import type { WithdrawalHold } from './tables';

/**
 * The feeds service's tables on PostgreSQL, in a schema of its own: the same columns as on SQLite
 * (tables.ts, where the meaning of each is said), lists and objects as jsonb, instants as ISO text.
 */
export const feedsSchema = pgSchema('feeds');

export const feeds = feedsSchema.table('feeds', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  providerId: text('provider_id').notNull(),
  format: text('format').$type<FeedFormat>(),
  detectedFormat: text('detected_format').$type<FeedFormat>(),
  intervalMinutes: integer('interval_minutes').notNull(),
  defaults: jsonb('defaults').$type<FeedDefaults>().notNull(),
  status: text('status').$type<FeedStatus>().notNull(),
  rejectionReason: text('rejection_reason'),
  registeredBy: text('registered_by'),
  etag: text('etag'),
  lastModified: text('last_modified'),
  contentHash: text('content_hash'),
  consecutiveFailures: integer('consecutive_failures').notNull().default(0),
  withdrawalHold: text('withdrawal_hold').$type<WithdrawalHold>(),
  nextRunAt: text('next_run_at').notNull(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const harvestRuns = feedsSchema.table(
  'harvest_runs',
  {
    id: serial('id').primaryKey(),
    feedId: text('feed_id')
      .notNull()
      .references(() => feeds.id, { onDelete: 'cascade' }),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at').notNull(),
    outcome: text('outcome').$type<HarvestOutcome>().notNull(),
    format: text('format').$type<FeedFormat>(),
    itemCount: integer('item_count').notNull().default(0),
    added: integer('added').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    withdrawn: integer('withdrawn').notNull().default(0),
    warnings: jsonb('warnings').$type<string[]>().notNull(),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (table) => [index('harvest_runs_feed').on(table.feedId, table.id)],
);

export const auditLog = feedsSchema.table('audit_log', {
  id: serial('id').primaryKey(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  role: text('role').notNull(),
  action: text('action').notNull(),
  feedId: text('feed_id').notNull(),
  details: jsonb('details').$type<Record<string, unknown>>().notNull(),
});
