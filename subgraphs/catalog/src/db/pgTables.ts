import { sql } from 'drizzle-orm';
import { boolean, customType, doublePrecision, index, integer, jsonb, pgSchema, text } from 'drizzle-orm/pg-core';
import type { Accessibility, ClassificationReason, CostKind, Format, Level, OccurrenceStatus, OfferingStatus, OfferingType, ProviderKind, Registration, TargetGroup, Topic } from '@campus/schema';

/**
 * The catalogue's tables on PostgreSQL, in a schema of its own: the same columns as on SQLite
 * (tables.ts, where the meaning of each is said), lists and objects as jsonb, instants as ISO text,
 * and a `rowid` of its own, which SQLite has without asking: the search index's arrays are indexed by it.
 */
export const catalogSchema = pgSchema('catalog');

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const offerings = catalogSchema.table(
  'offerings',
  {
    rowid: integer('rowid').generatedAlwaysAsIdentity().notNull().unique(),
    id: text('id').primaryKey(),
    feedId: text('feed_id').notNull(),
    itemKey: text('item_key').notNull(),
    providerId: text('provider_id').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    description: text('description'),
    descriptionText: text('description_text'),
    url: text('url'),
    languages: jsonb('languages').$type<string[]>().notNull(),
    languagesDetected: boolean('languages_detected').notNull(),
    type: text('type').$type<OfferingType>(),
    format: text('format').$type<Format>(),
    topics: jsonb('topics').$type<Topic[]>().notNull(),
    targetGroups: jsonb('target_groups').$type<TargetGroup[]>().notNull(),
    classification: jsonb('classification').$type<ClassificationReason[]>().notNull(),
    level: text('level').$type<Level>(),
    costKind: text('cost_kind').$type<CostKind>().notNull(),
    costAmount: doublePrecision('cost_amount'),
    costCurrency: text('cost_currency'),
    registration: jsonb('registration').$type<Registration>(),
    locationName: text('location_name'),
    locationAddress: text('location_address'),
    locationPostcode: text('location_postcode'),
    locationLocality: text('location_locality'),
    district: text('district'),
    stadtbezirk: text('stadtbezirk'),
    coordinatesFrom: text('coordinates_from'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    workloadHours: doublePrecision('workload_hours'),
    certificate: text('certificate'),
    accessibility: jsonb('accessibility').$type<Accessibility>(),
    image: text('image'),
    licence: text('licence'),
    status: text('status').$type<OfferingStatus>().notNull(),
    categories: jsonb('categories').$type<string[]>().notNull(),
    sourceUrl: text('source_url').notNull(),
    sortStart: text('sort_start').notNull(),
    contentHash: text('content_hash').notNull(),
    dedupKey: text('dedup_key'),
    changeSeq: integer('change_seq').notNull(),
    firstSeen: text('first_seen').notNull(),
    lastSeen: text('last_seen').notNull(),
    createdAt: text('created_at')
      .notNull()
      .default(sql`to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
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

export const occurrences = catalogSchema.table(
  'occurrences',
  {
    id: integer('id').generatedAlwaysAsIdentity().primaryKey(),
    offeringId: text('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    start: text('start').notNull(),
    end: text('end'),
    startUtc: text('start_utc').notNull(),
    endUtc: text('end_utc').notNull(),
    timeZone: text('time_zone'),
    allDay: boolean('all_day').notNull(),
    weekday: integer('weekday').notNull(),
    startMinute: integer('start_minute'),
    status: text('status').$type<OccurrenceStatus>().notNull(),
  },
  (table) => [index('occurrences_offering').on(table.offeringId, table.startUtc), index('occurrences_end').on(table.endUtc)],
);

export const providerIndex = catalogSchema.table('provider_index', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<ProviderKind>().notNull(),
});

export const changeCounter = catalogSchema.table('change_counter', {
  id: integer('id').primaryKey(),
  seq: integer('seq').notNull(),
});

/**
 * The full-text index: each offering's folded words (cut and folded as on SQLite) with their
 * positions and the weight of the field they are in, by the offering's rowid; GIN finds words and
 * their beginnings.
 */
export const offeringWords = catalogSchema.table(
  'offering_words',
  {
    rowid: integer('rowid').primaryKey(),
    words: tsvector('words').notNull(),
  },
  (table) => [index('offering_words_words').using('gin', table.words)],
);
