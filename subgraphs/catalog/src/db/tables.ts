import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Accessibility, ClassificationReason, CostKind, Format, Level, OccurrenceStatus, OfferingStatus, OfferingType, ProviderKind, Registration, TargetGroup, Topic } from '@campus/schema';

/** One row per offering; lists and nested objects are JSON text, what filters need has its own column. */
export const offerings = sqliteTable(
  'offerings',
  {
    id: text('id').primaryKey(),
    feedId: text('feed_id').notNull(),
    itemKey: text('item_key').notNull(),
    providerId: text('provider_id').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    description: text('description'),
    descriptionText: text('description_text'),
    url: text('url'),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    languagesDetected: integer('languages_detected', { mode: 'boolean' }).notNull(),
    type: text('type').$type<OfferingType>(),
    format: text('format').$type<Format>(),
    topics: text('topics', { mode: 'json' }).$type<Topic[]>().notNull(),
    targetGroups: text('target_groups', { mode: 'json' }).$type<TargetGroup[]>().notNull(),
    classification: text('classification', { mode: 'json' }).$type<ClassificationReason[]>().notNull(),
    level: text('level').$type<Level>(),
    costKind: text('cost_kind').$type<CostKind>().notNull(),
    costAmount: real('cost_amount'),
    costCurrency: text('cost_currency'),
    registration: text('registration', { mode: 'json' }).$type<Registration>(),
    locationName: text('location_name'),
    locationAddress: text('location_address'),
    locationPostcode: text('location_postcode'),
    locationLocality: text('location_locality'),
    district: text('district'),
    stadtbezirk: text('stadtbezirk'),
    coordinatesFrom: text('coordinates_from'),
    latitude: real('latitude'),
    longitude: real('longitude'),
    workloadHours: real('workload_hours'),
    certificate: text('certificate'),
    accessibility: text('accessibility', { mode: 'json' }).$type<Accessibility>(),
    image: text('image'),
    licence: text('licence'),
    status: text('status').$type<OfferingStatus>().notNull(),
    categories: text('categories', { mode: 'json' }).$type<string[]>().notNull(),
    sourceUrl: text('source_url').notNull(),
    /** The earliest occurrence's start as a UTC instant; the default sort order. */
    sortStart: text('sort_start').notNull(),
    contentHash: text('content_hash').notNull(),
    /** Same normalised title, first start and place: the same offering published twice. */
    dedupKey: text('dedup_key'),
    /** The ingest that last changed the row, so that a search index can catch up with what changed. */
    changeSeq: integer('change_seq').notNull(),
    firstSeen: text('first_seen').notNull(),
    lastSeen: text('last_seen').notNull(),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('offerings_feed').on(table.feedId),
    index('offerings_provider').on(table.providerId, table.sortStart),
    index('offerings_sort').on(table.sortStart, table.id),
    index('offerings_change').on(table.changeSeq),
    index('offerings_dedup').on(table.dedupKey),
  ],
);

export const occurrences = sqliteTable(
  'occurrences',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    offeringId: text('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    /** ISO instant, or a date for all-day occurrences. */
    start: text('start').notNull(),
    end: text('end'),
    /** `start` as a UTC instant for ordering and ranges (an all-day date counts from midnight in Leipzig). */
    startUtc: text('start_utc').notNull(),
    /** When it is over, as a UTC instant: `end`, the end of an all-day item's last day, or else `start`. */
    endUtc: text('end_utc').notNull(),
    timeZone: text('time_zone'),
    allDay: integer('all_day', { mode: 'boolean' }).notNull(),
    /** ISO weekday (1 Monday … 7 Sunday) and minutes after midnight of the start, in its own zone. */
    weekday: integer('weekday').notNull(),
    startMinute: integer('start_minute'),
    status: text('status').$type<OccurrenceStatus>().notNull(),
  },
  (table) => [index('occurrences_offering').on(table.offeringId, table.startUtc), index('occurrences_end').on(table.endUtc)],
);

/** The catalogue's copy of what it needs of each provider for search and filters; the providers service owns them. */
export const providerIndex = sqliteTable('provider_index', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<ProviderKind>().notNull(),
});

/** One row: the number of the last ingest, handed out in order. */
export const changeCounter = sqliteTable('change_counter', {
  id: integer('id').primaryKey(),
  seq: integer('seq').notNull(),
});

export type OfferingRow = typeof offerings.$inferSelect;
export type OccurrenceRow = typeof occurrences.$inferSelect;
export type ProviderIndexRow = typeof providerIndex.$inferSelect;
