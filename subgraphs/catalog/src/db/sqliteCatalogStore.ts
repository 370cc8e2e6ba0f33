import { and, eq, exists, gt, gte, inArray, isNotNull, ne, notExists, or, sql, TransactionRollbackError, type SQL } from 'drizzle-orm';
import type { Statement } from 'better-sqlite3';
import type { FeedSnapshot, IngestCounts, ProviderSummary } from '@campus/schema';
import { inJsonList, jsonList, metrics, timed } from '@campus/subgraph-runtime';
import { heldCounts, mayBeHeld, planSnapshot } from '../ingest/snapshotPlan';
import { searchTextOf } from '../ingest/searchText';
import { fts5Expression, type TextQuery } from '../search/textQuery';
import type { CatalogStore, IndexRow } from './catalogStore';
import { RememberedMatches } from './rememberedMatches';
import type { CatalogDatabase } from './openCatalogDatabase';
import { PreparedRows } from './preparedRows';
import { changeCounter, occurrences, offerings, providerIndex, type OfferingRow } from './tables';

type Transaction = Parameters<Parameters<CatalogDatabase['db']['transaction']>[0]>[0];

/** Column weights for BM25: title, summary, body, keywords, provider. */
const WEIGHTS = '10.0, 3.0, 1.0, 4.0, 2.0';
/** JSON carries many rowids out of SQLite faster than one result row each. */
const MATCHED = 'SELECT json_group_array(rowid) FROM offering_words WHERE offering_words MATCH ?';
const BEST = `SELECT rowid FROM offering_words WHERE offering_words MATCH ? ORDER BY bm25(offering_words, ${WEIGHTS}) LIMIT ?`;
// `+rowid` keeps the list from FTS5, which would run the whole query once per rowid (9 ms each);
// as a plain condition it is checked row by row, and BM25 is computed only for the rows that pass.
const BEST_OF = `SELECT rowid FROM offering_words WHERE offering_words MATCH ? AND +rowid IN (SELECT value FROM json_each(?)) ORDER BY bm25(offering_words, ${WEIGHTS}) LIMIT ?`;
const FIRST = 'SELECT rowid FROM offering_words WHERE offering_words MATCH ? LIMIT 1';

/** Distinct column sets of pages kept prepared; clients use a handful. */
const MAX_PAGE_STATEMENTS = 100;

const rowidOf = sql<number>`${offerings}.rowid`;
const textColumns = { title: offerings.title, summary: offerings.summary, descriptionText: offerings.descriptionText, categories: offerings.categories };

/** The catalogue on its SQLite file: FTS5 for words, BM25 for ranking. */
export function sqliteCatalogStore(database: CatalogDatabase): CatalogStore {
  const { db, sqlite } = database;
  const rows = new PreparedRows(sqlite);
  const remembered = new RememberedMatches();
  // Prepared once: building a statement costs more than running it.
  const plucked = new Map<string, Statement>();
  const pluck = (source: string): Statement => {
    let statement = plucked.get(source);
    if (!statement) plucked.set(source, (statement = sqlite.prepare(source).pluck()));
    return statement;
  };
  const written = {
    seen: db.update(offerings).set({ lastSeen: sql`${sql.placeholder('seen')}` }).where(eq(offerings.id, sql.placeholder('id'))).prepare(),
    withdraw: db.update(offerings).set({ status: 'WITHDRAWN', updatedAt: sql`${sql.placeholder('at')}`, changeSeq: sql`${sql.placeholder('change')}` }).where(eq(offerings.id, sql.placeholder('id'))).prepare(),
    dropDates: db.delete(occurrences).where(eq(occurrences.offeringId, sql.placeholder('id'))).prepare(),
    text: db
      .select({ rowid: rowidOf, ...textColumns, provider: providerIndex.name })
      .from(offerings)
      .leftJoin(providerIndex, eq(providerIndex.id, offerings.providerId))
      .where(eq(offerings.id, sql.placeholder('id')))
      .prepare(),
    dropWords: rows.statement('DELETE FROM offering_words WHERE rowid = ?'),
    addWords: rows.statement('INSERT INTO offering_words (rowid, title, summary, body, keywords, provider) VALUES (?, ?, ?, ?, ?, ?)'),
  };
  const read = {
    offerings: db.select().from(offerings).where(inJsonList(offerings.id)).prepare(),
    occurrences: db.select().from(occurrences).where(inJsonList(occurrences.offeringId)).orderBy(occurrences.startUtc).prepare(),
    providers: db.select().from(providerIndex).where(inJsonList(providerIndex.id)).prepare(),
    sameOffering: db.select().from(offerings).where(inJsonList(offerings.dedupKey)).prepare(),
    change: db.select({ seq: changeCounter.seq }).from(changeCounter).prepare(),
  };
  // A page reads only the columns its fields need, by a statement prepared once for each such set;
  // a client cannot grow them without bound by varying its fields.
  const pageStatements = new Map<string, (ids: readonly string[]) => OfferingRow[]>();
  const pageRows = (columns: readonly (keyof OfferingRow)[]) => {
    const key = columns.join(',');
    let rowsOf = pageStatements.get(key);
    if (!rowsOf) {
      if (pageStatements.size >= MAX_PAGE_STATEMENTS) pageStatements.clear();
      const statement = db.select(Object.fromEntries(columns.map((column) => [column, offerings[column]]))).from(offerings).where(inJsonList(offerings.id)).prepare();
      rowsOf = (ids) => statement.all(jsonList(ids)) as OfferingRow[];
      pageStatements.set(key, rowsOf);
    }
    return rowsOf;
  };

  /** The next ingest number; every row an ingest changes carries it, so the search index can catch up. */
  const nextChange = (tx: Transaction): number => tx.update(changeCounter).set({ seq: sql`${changeCounter.seq} + 1` }).where(eq(changeCounter.id, 1)).returning({ seq: changeCounter.seq }).get()!.seq;
  /** Rewrites offerings' rows in the full-text table from the offerings table. */
  const reindexText = (ids: readonly string[]): void => {
    for (const id of ids) {
      const row = written.text.get({ id });
      if (!row) continue;
      const text = searchTextOf(row, row.provider ?? '');
      written.dropWords.run(row.rowid);
      written.addWords.run(row.rowid, text.title, text.summary, text.body, text.keywords, text.provider);
    }
  };

  /** The feed's live offerings with a date still to come at `at`, or no dates at all: those a hold protects. */
  const aheadOf = (tx: Transaction, feedId: string, at: string): Set<string> => {
    const dates = (over: SQL | undefined) => tx.select({ one: sql`1` }).from(occurrences).where(and(eq(occurrences.offeringId, offerings.id), over));
    const ahead = or(exists(dates(gte(occurrences.endUtc, at))), notExists(dates(undefined)));
    return new Set(tx.select({ id: offerings.id }).from(offerings).where(and(eq(offerings.feedId, feedId), ne(offerings.status, 'WITHDRAWN'), ahead)).all().map((row) => row.id));
  };

  const applyFeedSnapshot = (snapshot: FeedSnapshot): IngestCounts => {
    // A held snapshot rolls its transaction back (the change number too) and is told by its counts.
    const outcome: { held: IngestCounts | null } = { held: null };
    try {
      return db.transaction((tx) => {
        const change = nextChange(tx);
        const known = tx.select({ id: offerings.id, contentHash: offerings.contentHash, status: offerings.status }).from(offerings).where(eq(offerings.feedId, snapshot.feedId)).all();
        const plan = planSnapshot(snapshot, known, change);
        outcome.held = mayBeHeld(plan, snapshot) ? heldCounts(plan, snapshot, aheadOf(tx, snapshot.feedId, plan.seenAt)) : null;
        if (outcome.held) tx.rollback();
        for (const id of plan.seen) written.seen.run({ seen: plan.seenAt, id });
        for (const row of plan.updated) {
          rows.update(offerings, row, 'id');
          written.dropDates.run({ id: row.id });
        }
        for (const row of plan.added) rows.insert(offerings, { ...row, firstSeen: plan.seenAt });
        // One prepared statement a date: a recurring event may bring thousands, far beyond SQLite's parameter limit in one.
        for (const o of plan.occurrences) rows.insert(occurrences, o);
        reindexText([...plan.updated, ...plan.added].map((row) => row.id));
        for (const id of plan.gone) written.withdraw.run({ at: plan.seenAt, change, id });
        return plan.counts;
      });
    } catch (error) {
      if (outcome.held && error instanceof TransactionRollbackError) return outcome.held;
      throw error;
    }
  };

  const indexProviders = (providers: readonly ProviderSummary[]) =>
    db.transaction((tx) => {
      const known = new Map(tx.select().from(providerIndex).all().map((p) => [p.id, p]));
      const changedProviders = providers.filter((p) => known.get(p.id)?.name !== p.name || known.get(p.id)?.kind !== p.kind);
      if (changedProviders.length === 0) return;
      const change = nextChange(tx);
      for (const provider of changedProviders) {
        tx.insert(providerIndex).values(provider).onConflictDoUpdate({ target: providerIndex.id, set: { name: provider.name, kind: provider.kind } }).run();
        const ids = tx.select({ id: offerings.id }).from(offerings).where(eq(offerings.providerId, provider.id)).all().map((r) => r.id);
        if (ids.length === 0) continue;
        tx.update(offerings).set({ changeSeq: change }).where(eq(offerings.providerId, provider.id)).run();
        reindexText(ids);
      }
    });

  return {
    applyFeedSnapshot: async (snapshot) => timed(metrics.databaseTime, { database: 'catalog', operation: 'ingest' }, () => database.writes.write('the harvest', () => applyFeedSnapshot(snapshot))),
    withdrawFeed: async (feedId, at) =>
      database.writes.write('the withdrawal', () =>
        db.transaction((tx) => {
          const change = nextChange(tx);
          return tx
            .update(offerings)
            .set({ status: 'WITHDRAWN', updatedAt: at.toISOString(), changeSeq: change })
            .where(and(eq(offerings.feedId, feedId), ne(offerings.status, 'WITHDRAWN')))
            .run().changes;
        }),
      ),
    indexProviders: async (providers) => database.writes.write("the providers' names", () => indexProviders(providers)),

    offeringsById: async (ids, columns) => (columns ? pageRows(columns)(ids) : read.offerings.all(jsonList(ids))),
    occurrencesOf: async (ids) => read.occurrences.all(jsonList(ids)),
    offeringsByDedupKey: async (keys) => read.sameOffering.all(jsonList(keys)),
    providersById: async (ids) => read.providers.all(jsonList(ids)),

    changeSeq: async () => remembered.at(read.change.get()?.seq ?? 0),
    providers: async () => db.select().from(providerIndex).all(),
    // All of them (at start-up) in rowid order; what an ingest changed by its change number, with
    // `+rowid` so that SQLite takes the change index rather than walk every row in rowid order.
    offeringsChangedSince: async (change, afterRowid, limit): Promise<IndexRow[]> =>
      db
        .select({
          rowid: rowidOf,
          id: offerings.id,
          status: offerings.status,
          providerId: offerings.providerId,
          topics: offerings.topics,
          targetGroups: offerings.targetGroups,
          format: offerings.format,
          type: offerings.type,
          level: offerings.level,
          languages: offerings.languages,
          costKind: offerings.costKind,
          costAmount: offerings.costAmount,
          district: offerings.district,
          stadtbezirk: offerings.stadtbezirk,
          latitude: offerings.latitude,
          longitude: offerings.longitude,
          title: offerings.title,
          categories: offerings.categories,
          firstSeen: offerings.firstSeen,
          dedupKey: offerings.dedupKey,
        })
        .from(offerings)
        .where(change < 0 ? gt(rowidOf, afterRowid) : and(gt(offerings.changeSeq, change), sql`+${rowidOf} > ${afterRowid}`))
        .orderBy(change < 0 ? rowidOf : sql`+${rowidOf}`)
        .limit(limit)
        .all(),
    occurrencesChangedSince: async (change, afterRowid, lastRowid) =>
      db
        .select({ offeringId: occurrences.offeringId, startUtc: occurrences.startUtc, endUtc: occurrences.endUtc, weekday: occurrences.weekday, startMinute: occurrences.startMinute, status: occurrences.status })
        .from(occurrences)
        .where(
          change < 0
            ? sql`${occurrences.offeringId} IN (SELECT id FROM offerings WHERE rowid > ${afterRowid} AND rowid <= ${lastRowid})`
            : sql`${occurrences.offeringId} IN (SELECT id FROM offerings WHERE change_seq > ${change} AND +rowid > ${afterRowid} AND +rowid <= ${lastRowid})`,
        )
        .orderBy(occurrences.startUtc)
        .all(),
    textsChangedSince: async (change) => db.select(textColumns).from(offerings).where(gt(offerings.changeSeq, change)).all(),
    sharedDedupKeys: async (keys) => {
      const shared = db
        .select({ key: offerings.dedupKey })
        .from(offerings)
        .where(keys ? sql`${offerings.dedupKey} IN (SELECT value FROM json_each(${JSON.stringify(keys)}))` : isNotNull(offerings.dedupKey))
        .groupBy(offerings.dedupKey)
        .having(sql`count(*) > 1`);
      return db.select({ rowid: rowidOf, dedupKey: sql<string>`${offerings.dedupKey}` }).from(offerings).where(inArray(offerings.dedupKey, shared)).all();
    },
    textsOf: async (rowid) => db.select(textColumns).from(offerings).where(eq(rowidOf, rowid)).get() ?? null,
    vocabulary: async () => sqlite.prepare('SELECT term AS word, doc AS documents FROM offering_words_vocabulary').all() as { word: string; documents: number }[],

    matching: (query: TextQuery) => {
      const expression = fts5Expression(query);
      return remembered.remember(expression, () => JSON.parse(pluck(MATCHED).get(expression) as string) as number[]);
    },
    mostRelevant: async (query, among, count) =>
      (among === null ? pluck(BEST).all(fts5Expression(query), count) : pluck(BEST_OF).all(fts5Expression(query), JSON.stringify(among), count)) as number[],
    anyMatching: async (query) => (pluck(FIRST).get(fts5Expression(query)) as number | undefined) ?? null,

    queries: database.queries,
    writes: database.writes,
    close: async () => database.close(),
  };
}
