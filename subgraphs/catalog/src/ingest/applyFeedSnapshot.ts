import { createHash } from 'node:crypto';
import { and, eq, ne, sql } from 'drizzle-orm';
import {
  boundaryToInstant,
  foldForSearch,
  HOME_TIME_ZONE,
  localWeekdayAndMinute,
  offeringIdFor,
  type FeedSnapshot,
  type HarvestedOffering,
  type IngestCounts,
  type Occurrence,
  type ProviderSummary,
  type SnapshotIngest,
} from '@campus/schema';
import { metrics, timed } from '@campus/subgraph-runtime';
import type { CatalogDatabase } from '../db/openCatalogDatabase';
import { PreparedRows } from '../db/preparedRows';
import { changeCounter, occurrences, offerings, providerIndex } from '../db/tables';
import { searchTextOf } from './searchText';

type Transaction = Parameters<Parameters<CatalogDatabase['db']['transaction']>[0]>[0];

/** The statements an ingest runs for each row, prepared once per database (building them was most of its time). */
function prepareStatements(database: CatalogDatabase) {
  const { db, sqlite } = database;
  const rows = new PreparedRows(sqlite);
  return {
    rows,
    seen: db.update(offerings).set({ lastSeen: sql`${sql.placeholder('seen')}` }).where(eq(offerings.id, sql.placeholder('id'))).prepare(),
    withdraw: db.update(offerings).set({ status: 'WITHDRAWN', updatedAt: sql`${sql.placeholder('at')}`, changeSeq: sql`${sql.placeholder('change')}` }).where(eq(offerings.id, sql.placeholder('id'))).prepare(),
    dropDates: db.delete(occurrences).where(eq(occurrences.offeringId, sql.placeholder('id'))).prepare(),
    text: db
      .select({ rowid: sql<number>`${offerings}.rowid`, title: offerings.title, summary: offerings.summary, descriptionText: offerings.descriptionText, categories: offerings.categories, provider: providerIndex.name })
      .from(offerings)
      .leftJoin(providerIndex, eq(providerIndex.id, offerings.providerId))
      .where(eq(offerings.id, sql.placeholder('id')))
      .prepare(),
    dropWords: rows.statement('DELETE FROM offering_words WHERE rowid = ?'),
    addWords: rows.statement('INSERT INTO offering_words (rowid, title, summary, body, keywords, provider) VALUES (?, ?, ?, ?, ?, ?)'),
  };
}

const prepared = new WeakMap<CatalogDatabase, ReturnType<typeof prepareStatements>>();

function statementsOf(database: CatalogDatabase): ReturnType<typeof prepareStatements> {
  let statements = prepared.get(database);
  if (!statements) {
    statements = prepareStatements(database);
    prepared.set(database, statements);
  }
  return statements;
}

/** Sorts after every dated offering: self-paced offerings come last. */
const UNDATED = '9999-12-31T00:00:00.000Z';

/** The next ingest number; every row an ingest changes carries it, so the search index can catch up. */
function nextChange(tx: Transaction): number {
  return tx.update(changeCounter).set({ seq: sql`${changeCounter.seq} + 1` }).where(eq(changeCounter.id, 1)).returning({ seq: changeCounter.seq }).get()!.seq;
}

/** Rewrites an offering's row in the full-text table from the offerings table. */
function reindexText(database: CatalogDatabase, ids: readonly string[]): void {
  const statements = statementsOf(database);
  for (const id of ids) {
    const row = statements.text.get({ id });
    if (!row) continue;
    const text = searchTextOf(row, row.provider ?? '');
    statements.dropWords.run(row.rowid);
    statements.addWords.run(row.rowid, text.title, text.summary, text.body, text.keywords, text.provider);
  }
}

/**
 * Applies one feed's harvest in one transaction: new items are added, changed ones updated in place,
 * unchanged ones only marked as seen, and items gone from the feed withdrawn (kept, hidden).
 */
export function applyFeedSnapshot(database: CatalogDatabase, snapshot: FeedSnapshot): IngestCounts {
  const { db } = database;
  const statements = statementsOf(database);
  const seenAt = snapshot.harvestedAt.toISOString();
  const counts: IngestCounts = { added: 0, updated: 0, unchanged: 0, withdrawn: 0 };
  const apply = () => db.transaction((tx) => {
    const change = nextChange(tx);
    const existing = new Map(
      tx
        .select({ id: offerings.id, contentHash: offerings.contentHash, status: offerings.status })
        .from(offerings)
        .where(eq(offerings.feedId, snapshot.feedId))
        .all()
        .map((row) => [row.id, row]),
    );
    const present = new Set<string>();
    const changed: string[] = [];
    for (const offering of snapshot.offerings) {
      const id = offeringIdFor(snapshot.feedId, offering.itemKey);
      if (present.has(id)) continue;
      present.add(id);
      const contentHash = hashOf(offering, snapshot.providerId);
      const before = existing.get(id);
      if (before && before.contentHash === contentHash && before.status === offering.status) {
        statements.seen.run({ seen: seenAt, id });
        counts.unchanged += 1;
        continue;
      }
      const row = toRow(id, offering, snapshot, contentHash, seenAt, change);
      if (before) {
        statements.rows.update(offerings, row, 'id');
        statements.dropDates.run({ id });
        counts.updated += 1;
      } else {
        statements.rows.insert(offerings, { ...row, firstSeen: seenAt });
        counts.added += 1;
      }
      // One prepared statement a date: a recurring event may bring thousands, far beyond SQLite's parameter limit in one.
      for (const o of offering.occurrences) statements.rows.insert(occurrences, { ...o, offeringId: id, ...occurrenceColumns(o) });
      changed.push(id);
    }
    reindexText(database, changed);
    const gone = [...existing.values()].filter((row) => !present.has(row.id) && row.status !== 'WITHDRAWN').map((row) => row.id);
    for (const id of gone) statements.withdraw.run({ at: seenAt, change, id });
    counts.withdrawn = gone.length;
  });
  timed(metrics.databaseTime, { database: 'catalog', operation: 'ingest' }, () => database.writes.write('the harvest', apply));
  return counts;
}

/** Withdraws every offering of a feed, as when the feed is removed; returns how many. */
export function withdrawFeed(database: CatalogDatabase, feedId: string, at: Date): number {
  return database.writes.write('the withdrawal', () => database.db.transaction((tx) => {
    const change = nextChange(tx);
    return tx
      .update(offerings)
      .set({ status: 'WITHDRAWN', updatedAt: at.toISOString(), changeSeq: change })
      .where(and(eq(offerings.feedId, feedId), ne(offerings.status, 'WITHDRAWN')))
      .run().changes;
  }));
}

/**
 * Brings the catalogue's copy of the providers up to date; where a name or kind changed, the
 * provider's offerings are indexed anew, so that search and filters follow.
 */
export function indexProviders(database: CatalogDatabase, providers: readonly ProviderSummary[]): void {
  database.writes.write("the providers' names", () => database.db.transaction((tx) => {
    const known = new Map(tx.select().from(providerIndex).all().map((p) => [p.id, p]));
    const changedProviders = providers.filter((p) => known.get(p.id)?.name !== p.name || known.get(p.id)?.kind !== p.kind);
    if (changedProviders.length === 0) return;
    const change = nextChange(tx);
    for (const provider of changedProviders) {
      tx.insert(providerIndex).values(provider).onConflictDoUpdate({ target: providerIndex.id, set: { name: provider.name, kind: provider.kind } }).run();
      const ids = tx.select({ id: offerings.id }).from(offerings).where(eq(offerings.providerId, provider.id)).all().map((r) => r.id);
      if (ids.length === 0) continue;
      tx.update(offerings).set({ changeSeq: change }).where(eq(offerings.providerId, provider.id)).run();
      reindexText(database, ids);
    }
  }));
}

/** The ingest interface over one open catalogue database. */
export function catalogIngest(database: CatalogDatabase): SnapshotIngest {
  return {
    applyFeedSnapshot: (snapshot) => applyFeedSnapshot(database, snapshot),
    withdrawFeed: (feedId, at) => withdrawFeed(database, feedId, at),
    indexProviders: (providers) => indexProviders(database, providers),
  };
}

function hashOf(offering: HarvestedOffering, providerId: string): string {
  return createHash('sha256').update(JSON.stringify([providerId, offering])).digest('base64url');
}

/** Start and end as UTC instants (an all-day item lasts until midnight after its last day), and its local weekday and time. */
function occurrenceColumns(occurrence: Occurrence): { startUtc: string; endUtc: string; weekday: number; startMinute: number | null } {
  const zone = occurrence.timeZone ?? HOME_TIME_ZONE;
  const startUtc = boundaryToInstant(occurrence.start, zone);
  if (occurrence.allDay) {
    const lastDay = occurrence.end ?? occurrence.start;
    const next = new Date(`${lastDay}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const weekday = ((new Date(`${occurrence.start}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    return { startUtc, endUtc: boundaryToInstant(next.toISOString().slice(0, 10), zone), weekday, startMinute: null };
  }
  const local = localWeekdayAndMinute(new Date(startUtc), zone);
  return { startUtc, endUtc: occurrence.end ? boundaryToInstant(occurrence.end, zone) : startUtc, weekday: local.weekday, startMinute: local.minute };
}

/** The first start still to come at harvest time, else the last one, else "undated". */
function sortStartOf(offering: HarvestedOffering, harvestedAt: string): string {
  const starts = offering.occurrences.map((o) => boundaryToInstant(o.start, o.timeZone ?? HOME_TIME_ZONE)).sort();
  return starts.find((s) => s >= harvestedAt) ?? starts.at(-1) ?? UNDATED;
}

/** Same title once normalised, same first start, same place: the same offering, whoever publishes it. */
function dedupKeyOf(offering: HarvestedOffering): string | null {
  const first = offering.occurrences[0];
  if (!first) return null;
  const place = offering.location ? (offering.location.postcode ?? foldForSearch(offering.location.name ?? '')) : 'online';
  return [foldForSearch(offering.title).replace(/[^a-z0-9]+/g, ' ').trim(), boundaryToInstant(first.start, first.timeZone ?? HOME_TIME_ZONE), place].join('|');
}

function toRow(id: string, offering: HarvestedOffering, snapshot: FeedSnapshot, contentHash: string, seenAt: string, change: number) {
  const location = offering.location;
  return {
    id,
    feedId: snapshot.feedId,
    itemKey: offering.itemKey,
    providerId: snapshot.providerId,
    title: offering.title,
    summary: offering.summary,
    description: offering.description,
    descriptionText: offering.descriptionText,
    url: offering.url,
    languages: offering.languages,
    languagesDetected: offering.languagesDetected,
    type: offering.type,
    format: offering.format,
    topics: offering.topics,
    targetGroups: offering.targetGroups,
    classification: offering.classification,
    level: offering.level,
    costKind: offering.cost.kind,
    costAmount: offering.cost.kind === 'PAID' ? offering.cost.amount : null,
    costCurrency: offering.cost.kind === 'PAID' ? offering.cost.currency : null,
    registration: offering.registration,
    locationName: location?.name ?? null,
    locationAddress: location?.address ?? null,
    locationPostcode: location?.postcode ?? null,
    locationLocality: location?.locality ?? null,
    district: location?.district ?? null,
    stadtbezirk: location?.stadtbezirk ?? null,
    coordinatesFrom: location?.coordinatesFrom ?? null,
    latitude: location?.latitude ?? null,
    longitude: location?.longitude ?? null,
    workloadHours: offering.workloadHours,
    certificate: offering.certificate,
    accessibility: offering.accessibility,
    image: offering.image,
    licence: offering.licence,
    status: offering.status,
    categories: offering.categories,
    sourceUrl: snapshot.feedUrl,
    sortStart: sortStartOf(offering, seenAt),
    contentHash,
    dedupKey: dedupKeyOf(offering),
    changeSeq: change,
    lastSeen: seenAt,
    updatedAt: seenAt,
  };
}
