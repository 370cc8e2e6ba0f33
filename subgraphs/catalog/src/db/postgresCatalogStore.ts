import { createHash } from 'node:crypto';
import { and, eq, exists, getTableColumns, gt, gte, inArray, isNotNull, ne, notExists, or, sql, TransactionRollbackError, type SQL } from 'drizzle-orm';
import type { FeedSnapshot, IngestCounts, ProviderSummary } from '@campus/schema';
import { inJsonbList, inJsonbValues, jsonList, metrics, timed, WriteHealth, type PostgresConnection, type PostgresDatabase } from '@campus/subgraph-runtime';
import { heldCounts, mayBeHeld, planSnapshot, type OfferingWrite } from '../ingest/snapshotPlan';
import { searchTextOf } from '../ingest/searchText';
import { tsqueryText } from '../search/textQuery';
import type { CatalogStore, IndexRow } from './catalogStore';
import { RememberedMatches } from './rememberedMatches';
import { changeCounter, occurrences, offerings, offeringWords, providerIndex } from './pgTables';
import type { OfferingRow } from './tables';
import { tsvectorOf } from './tsvector';

type Transaction = Parameters<Parameters<PostgresDatabase['transaction']>[0]>[0];

/**
 * ts_rank's weights of the fields D (body, provider), C (summary), B (keywords), A (title): in the
 * proportions of BM25's column weights on SQLite. Normalisation 1 divides by the log of the
 * text's length, as BM25 favours the shorter of two texts that match alike.
 */
const RANK = sql.raw(`ts_rank('{0.1, 0.3, 0.4, 1.0}', words, query, 1)`);

/** Rows per INSERT: well below PostgreSQL's 65,535 parameters at 50 columns a row. */
const ROWS_PER_STATEMENT = 500;

function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every column of an offering but the rowid, which is the store's own. */
const offeringColumns = (({ rowid, ...columns }) => (void rowid, columns))(getTableColumns(offerings));
const textColumns = { title: offerings.title, summary: offerings.summary, descriptionText: offerings.descriptionText, categories: offerings.categories };
/** What an update of an offering sets: everything but its id and when it was first seen. */
const updatedColumns = Object.fromEntries(
  Object.entries(offeringColumns)
    .filter(([key]) => key !== 'id' && key !== 'firstSeen' && key !== 'createdAt')
    .map(([key, column]) => [key, sql.raw(`excluded."${column.name}"`)]),
);

/** Column sets of pages with a prepared statement of their own (as on SQLite). */
const PAGE_STATEMENTS = 100;

/**
 * The catalogue in its own schema of a PostgreSQL database (migrated by the caller): tsvector and
 * GIN for words, ts_rank for ranking. A search asks several text queries, each a round trip to
 * the server; the matches and the rankings of recent ones are remembered until the catalogue
 * changes (its change number moves, which the search index asks before every search), so that a
 * word searched again with other filters costs none.
 */
export function postgresCatalogStore(connection: PostgresConnection): CatalogStore {
  const { db } = connection;
  const remembered = new RememberedMatches();

  /** The next ingest number; the counter's row lock makes concurrent ingests take them (and commit) in turn. */
  const nextChange = async (tx: Transaction): Promise<number> => {
    const [row] = await tx
      .insert(changeCounter)
      .values({ id: 1, seq: 1 })
      .onConflictDoUpdate({ target: changeCounter.id, set: { seq: sql`${changeCounter.seq} + 1` } })
      .returning({ seq: changeCounter.seq });
    return row!.seq;
  };
  /** Rewrites offerings' words in the full-text index from the offerings table. */
  const reindexText = async (tx: Transaction, ids: readonly string[]): Promise<void> => {
    for (const part of chunks(ids)) {
      const rows = await tx
        .select({ rowid: offerings.rowid, ...textColumns, provider: providerIndex.name })
        .from(offerings)
        .leftJoin(providerIndex, eq(providerIndex.id, offerings.providerId))
        .where(inJsonbValues(offerings.id, part));
      if (rows.length === 0) continue;
      await tx
        .insert(offeringWords)
        .values(rows.map((row) => ({ rowid: row.rowid, words: tsvectorOf(searchTextOf(row, row.provider ?? '')) })))
        .onConflictDoUpdate({ target: offeringWords.rowid, set: { words: sql`excluded.words` } });
    }
  };
  const withdraw = (tx: Transaction, ids: readonly string[], at: string, change: number) =>
    tx.update(offerings).set({ status: 'WITHDRAWN', updatedAt: at, changeSeq: change }).where(inJsonbValues(offerings.id, ids));

  /** The feed's live offerings with a date still to come at `at`, or no dates at all: those a hold protects. */
  const aheadOf = async (tx: Transaction, feedId: string, at: string): Promise<Set<string>> => {
    const dates = (over: SQL | undefined) => tx.select({ one: sql`1` }).from(occurrences).where(and(eq(occurrences.offeringId, offerings.id), over));
    const ahead = or(exists(dates(gte(occurrences.endUtc, at))), notExists(dates(undefined)));
    return new Set((await tx.select({ id: offerings.id }).from(offerings).where(and(eq(offerings.feedId, feedId), ne(offerings.status, 'WITHDRAWN'), ahead))).map((row) => row.id));
  };

  const applyFeedSnapshot = async (snapshot: FeedSnapshot): Promise<IngestCounts> => {
    // A held snapshot rolls its transaction back (the change number too) and is told by its counts.
    const outcome: { held: IngestCounts | null } = { held: null };
    try {
      return await db.transaction(async (tx) => {
        const change = await nextChange(tx);
        const known = await tx.select({ id: offerings.id, contentHash: offerings.contentHash, status: offerings.status }).from(offerings).where(eq(offerings.feedId, snapshot.feedId));
        const plan = planSnapshot(snapshot, known, change);
        outcome.held = mayBeHeld(plan, snapshot) ? heldCounts(plan, snapshot, await aheadOf(tx, snapshot.feedId, plan.seenAt)) : null;
        if (outcome.held) tx.rollback();
        for (const part of chunks(plan.seen, 10_000)) await tx.update(offerings).set({ lastSeen: plan.seenAt }).where(inJsonbValues(offerings.id, part));
        const written: OfferingWrite[] = [...plan.updated, ...plan.added];
        for (const part of chunks(plan.updated.map((row) => row.id), 10_000)) await tx.delete(occurrences).where(inJsonbValues(occurrences.offeringId, part));
        // An update keeps the row, and so its rowid, which the search index knows it by.
        for (const part of chunks(written)) {
          await tx
            .insert(offerings)
            .values(part.map((row) => ({ ...row, firstSeen: plan.seenAt })))
            .onConflictDoUpdate({ target: offerings.id, set: updatedColumns });
        }
        for (const part of chunks(plan.occurrences, 2_000)) await tx.insert(occurrences).values(part);
        await reindexText(
          tx,
          written.map((row) => row.id),
        );
        for (const part of chunks(plan.gone, 10_000)) await withdraw(tx, part, plan.seenAt, change);
        return plan.counts;
      });
    } catch (error) {
      if (outcome.held && error instanceof TransactionRollbackError) return outcome.held;
      throw error;
    }
  };

  const indexProviders = (providers: readonly ProviderSummary[]) =>
    db.transaction(async (tx) => {
      const known = new Map((await tx.select().from(providerIndex)).map((p) => [p.id, p]));
      const changedProviders = providers.filter((p) => known.get(p.id)?.name !== p.name || known.get(p.id)?.kind !== p.kind);
      if (changedProviders.length === 0) return;
      const change = await nextChange(tx);
      for (const provider of changedProviders) {
        await tx.insert(providerIndex).values(provider).onConflictDoUpdate({ target: providerIndex.id, set: { name: provider.name, kind: provider.kind } });
        const ids = (await tx.update(offerings).set({ changeSeq: change }).where(eq(offerings.providerId, provider.id)).returning({ id: offerings.id })).map((r) => r.id);
        await reindexText(tx, ids);
      }
    });

  // The reads of every search and page, each prepared once per connection under its own name (a
  // session's names are one namespace, whoever else holds the connection: hence the prefix).
  const tsquery = sql`CAST(${sql.placeholder('query')} AS tsquery)`;
  const read = {
    change: db.select({ seq: changeCounter.seq }).from(changeCounter).where(eq(changeCounter.id, 1)).prepare('catalog_change'),
    matching: db
      .select({ rowids: sql<string>`coalesce(json_agg(${offeringWords.rowid} ORDER BY ${offeringWords.rowid})::text, '[]')` })
      .from(offeringWords)
      .where(sql`${offeringWords.words} @@ ${tsquery}`)
      .prepare('catalog_matching'),
    ranking: db
      .select({ rowid: sql<number>`offering_words.rowid` })
      .from(sql`${offeringWords}, ${tsquery} AS query`)
      .where(sql`words @@ query`)
      .orderBy(sql`${RANK} DESC`, offeringWords.rowid)
      .prepare('catalog_ranking'),
    anyMatching: db.select({ rowid: offeringWords.rowid }).from(offeringWords).where(sql`${offeringWords.words} @@ ${tsquery}`).limit(1).prepare('catalog_any_matching'),
    occurrences: db.select().from(occurrences).where(inJsonbList(occurrences.offeringId)).orderBy(occurrences.startUtc, occurrences.id).prepare('catalog_occurrences'),
    sameOffering: db.select(offeringColumns).from(offerings).where(inJsonbList(offerings.dedupKey)).prepare('catalog_same_offering'),
    providers: db.select().from(providerIndex).where(inJsonbList(providerIndex.id)).prepare('catalog_providers'),
  };
  // A page reads only the columns its fields need, by a statement prepared for each such set; past
  // PAGE_STATEMENTS sets (a client varying its fields), the others are sent unprepared, so that no
  // client can grow the server's prepared statements without bound.
  const pageStatements = new Map<string, (ids: readonly string[]) => Promise<OfferingRow[]>>();
  const pageRows = (columns: readonly (keyof OfferingRow)[] | undefined) => {
    const key = columns?.join(',') ?? '*';
    const known = pageStatements.get(key);
    if (known) return known;
    // The columns chosen are the row's; those not read are not shown.
    const query = db.select(columns ? Object.fromEntries(columns.map((column) => [column, offeringColumns[column]])) : offeringColumns).from(offerings).where(inJsonbList(offerings.id));
    if (pageStatements.size >= PAGE_STATEMENTS) return async (ids: readonly string[]) => (await query.execute(jsonList(ids))) as OfferingRow[];
    const statement = query.prepare(`catalog_page_${createHash('sha1').update(key).digest('hex').slice(0, 16)}`);
    const rowsOf = async (ids: readonly string[]) => (await statement.execute(jsonList(ids))) as OfferingRow[];
    pageStatements.set(key, rowsOf);
    return rowsOf;
  };

  return {
    applyFeedSnapshot: (snapshot) => timed(metrics.databaseTime, { database: 'catalog', operation: 'ingest' }, () => applyFeedSnapshot(snapshot)),
    withdrawFeed: (feedId, at) =>
      db.transaction(async (tx) => {
        const change = await nextChange(tx);
        const rows = await tx
          .update(offerings)
          .set({ status: 'WITHDRAWN', updatedAt: at.toISOString(), changeSeq: change })
          .where(and(eq(offerings.feedId, feedId), ne(offerings.status, 'WITHDRAWN')))
          .returning({ id: offerings.id });
        return rows.length;
      }),
    indexProviders,

    offeringsById: async (ids, columns) => (ids.length === 0 ? [] : pageRows(columns)(ids)),
    occurrencesOf: async (ids) => (ids.length === 0 ? [] : read.occurrences.execute(jsonList(ids))),
    offeringsByDedupKey: async (keys) => (keys.length === 0 ? [] : read.sameOffering.execute(jsonList(keys))),
    providersById: async (ids) => (ids.length === 0 ? [] : read.providers.execute(jsonList(ids))),

    changeSeq: async () => remembered.at((await read.change.execute())[0]?.seq ?? 0),
    providers: async () => db.select().from(providerIndex),
    offeringsChangedSince: async (change, afterRowid, limit): Promise<IndexRow[]> =>
      db
        .select({
          rowid: offerings.rowid,
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
        .where(and(gt(offerings.changeSeq, change), gt(offerings.rowid, afterRowid)))
        .orderBy(offerings.rowid)
        .limit(limit),
    occurrencesChangedSince: async (change, afterRowid, lastRowid) =>
      db
        .select({ offeringId: occurrences.offeringId, startUtc: occurrences.startUtc, endUtc: occurrences.endUtc, weekday: occurrences.weekday, startMinute: occurrences.startMinute, status: occurrences.status })
        .from(occurrences)
        .where(sql`${occurrences.offeringId} IN (SELECT ${offerings.id} FROM ${offerings} WHERE ${offerings.changeSeq} > ${change} AND ${offerings.rowid} > ${afterRowid} AND ${offerings.rowid} <= ${lastRowid})`)
        .orderBy(occurrences.startUtc, occurrences.id),
    textsChangedSince: async (change) => db.select(textColumns).from(offerings).where(gt(offerings.changeSeq, change)),
    sharedDedupKeys: async (keys) => {
      const shared = db
        .select({ key: offerings.dedupKey })
        .from(offerings)
        .where(keys ? inJsonbValues(offerings.dedupKey, keys) : isNotNull(offerings.dedupKey))
        .groupBy(offerings.dedupKey)
        .having(sql`count(*) > 1`);
      return db.select({ rowid: offerings.rowid, dedupKey: sql<string>`${offerings.dedupKey}` }).from(offerings).where(inArray(offerings.dedupKey, shared));
    },
    textsOf: async (rowid) => (await db.select(textColumns).from(offerings).where(eq(offerings.rowid, rowid)))[0] ?? null,
    vocabulary: async () =>
      db
        .select({ word: sql<string>`word`, documents: sql<number>`ndoc` })
        .from(sql`ts_stat('SELECT words FROM catalog.offering_words')`),

    matching: (query) =>
      remembered.remember(`matching ${tsqueryText(query)}`, async () => JSON.parse((await read.matching.execute({ query: tsqueryText(query) }))[0]?.rowids ?? '[]') as number[]),
    mostRelevant: async (query, among, count) => {
      // Every match in order, once: the filters' survivors differ from search to search, the order does not.
      const ranking = await remembered.remember(`ranking ${tsqueryText(query)}`, async () => (await read.ranking.execute({ query: tsqueryText(query) })).map((row) => row.rowid));
      if (among === null) return ranking.slice(0, count);
      const wanted = new Set(among);
      const best: number[] = [];
      for (let i = 0; i < ranking.length && best.length < count; i += 1) if (wanted.has(ranking[i]!)) best.push(ranking[i]!);
      return best;
    },
    anyMatching: async (query) => (await read.anyMatching.execute({ query: tsqueryText(query) }))[0]?.rowid ?? null,

    queries: connection.queries,
    writes: new WriteHealth('catalog', null),
    close: () => connection.close(),
  };
}
