import { badInput, decodeCursor, encodeCursor } from '@campus/subgraph-runtime';
import type { CatalogStore } from '../db/catalogStore';
import { fullTextMatches, parseSearch } from './fullTextQuery';
import type { MatchKind, OfferingFilter } from '../generated/resolvers';
import { didYouMean, FEW_RESULTS } from './didYouMean';
import { planSearch } from './searchPlan';
import { compileFilter, FACETS, type CompiledFilter, type Facet } from './offeringFilter';
import type { OfferingRows } from './offeringRows';
import type { SearchIndex } from './searchIndex';

export type OfferingSort = 'RELEVANCE' | 'NEXT_START' | 'NEWEST' | 'TITLE';

export interface OfferingSearch {
  search: string | null;
  filter: OfferingFilter;
  sort: OfferingSort | null;
  first: number;
  after: string | null;
  now: Date;
  /** The facets to count, and only those: counting is most of the work of a broad search. */
  facets: readonly Facet[];
}

export interface SearchResult {
  /** Plain data, so that a result crosses from a search thread as it is. */
  hits: { id: string; cursor: string; match: MatchKind | null }[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counts per facet value, each facet ignoring its own filter. */
  facets: Record<Facet, Map<string, number>>;
  /** The folded words to highlight: the search terms and every other way they matched. */
  terms: string[];
  /** A corrected search, where this one finds little or nothing as typed. */
  didYouMean: string | null;
}

type SortKey = (string | number)[];

function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < a.length; i += 1) {
    const [x, y] = [a[i]!, b[i]!];
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/** Every word makes the full-text query longer (up to 300 words it may be part of): more narrow nothing. */
const MAX_SEARCH_TERMS = 12;

/** JSON has no infinity: undated offerings sort last with this stand-in. */
const LAST = 8.64e15;

function primaryKey(sort: Exclude<OfferingSort, 'RELEVANCE'>, rows: OfferingRows, rowid: number, filter: CompiledFilter): string | number {
  switch (sort) {
    case 'NEXT_START':
      return Math.min(filter.nextStart(rowid), LAST);
    case 'NEWEST':
      return -rows.firstSeen[rowid]!;
    case 'TITLE':
      return rows.titleKeys[rowid]!;
  }
}

/** `relevance` is the offering's place in relevance order (1 best); other sorts ignore it. */
function sortKeyOf(sort: OfferingSort, rows: OfferingRows, rowid: number, filter: CompiledFilter, relevance: number): SortKey {
  const id = rows.ids[rowid]!;
  switch (sort) {
    case 'RELEVANCE':
      return [relevance, Math.min(filter.nextStart(rowid), LAST), id];
    case 'NEXT_START':
      return [Math.min(filter.nextStart(rowid), LAST), id];
    case 'NEWEST':
      return [-rows.firstSeen[rowid]!, id];
    case 'TITLE':
      return [rows.titleKeys[rowid]!, id];
  }
}

/**
 * One page of the catalogue for a search and filter: full-text matching in the database, everything
 * else in one pass over the in-memory index (status, dates and facet values from its typed columns),
 * which also counts the facets. Pages are cut after the cursor's sort key, not at an offset, so they stay
 * right while harvests write.
 */
export async function searchOfferings(store: CatalogStore, index: SearchIndex, query: OfferingSearch): Promise<SearchResult> {
  await index.refresh();
  const filter = compileFilter(query.filter, index, query.now);
  const { terms, sequence } = parseSearch(query.search);
  if (terms.length > MAX_SEARCH_TERMS) throw badInput(`a search may have at most ${MAX_SEARCH_TERMS} words or phrases, not ${terms.length}`, 'search');
  const options = terms.length > 0 ? await index.planOptions() : null;
  const plan = options ? planSearch(sequence, options) : null;
  const matches = plan ? await fullTextMatches(store, plan) : null;
  const sort: OfferingSort = query.sort ?? (matches ? 'RELEVANCE' : 'NEXT_START');
  if (sort === 'RELEVANCE' && !matches) throw badInput('sorting by relevance needs a search', 'sort');
  const after = decodeCursor(query.after, sort === 'NEXT_START' || sort === 'NEWEST' || sort === 'TITLE' ? 3 : 4);
  if (after && after[0] !== sort) throw badInput('"after" is a cursor of another sort order', 'after');
  const afterKey = after ? after.slice(1) : null;
  if (afterKey && sort === 'RELEVANCE' && !(Number.isInteger(afterKey[0]) && Number(afterKey[0]) >= 0)) throw badInput('"after" is not a cursor this API gave out', 'after');

  const columns = index.facetColumns();
  // Arrays, not objects keyed by facet name: the pass below runs once per match.
  const counters = query.facets.map((facet) => ({ facet, column: columns[facet], counts: new Int32Array(columns[facet].values.length) }));
  const checks = FACETS.flatMap((facet) => {
    const test = filter.facet[facet];
    return test ? [{ test, counter: counters.find((c) => c.facet === facet) ?? null }] : [];
  });

  const rows = index.rows();
  let totalCount = 0;
  let page: { rowid: number; key: SortKey }[] = [];
  const limit = query.first + 1;
  const rowids = matches?.rowids ?? null;
  const candidates = rowids ? rowids.length : rows.length;
  // Relevance ranks after the pass, among the matches the filters leave.
  const ranked: number[] = [];
  for (let c = 0; c < candidates; c += 1) {
    const rowid = rowids ? rowids[c]! : c;
    if (!filter.shown(rowid) || (filter.rest && !filter.rest(rowid))) continue;
    let failed: (typeof checks)[number] | null = null;
    let failures = 0;
    for (let i = 0; i < checks.length && failures < 2; i += 1) {
      if (!checks[i]!.test(rowid)) {
        failed = checks[i]!;
        failures += 1;
      }
    }
    if (failures > 1) continue;
    if (failed) {
      if (failed.counter) failed.counter.column.count(rowid, failed.counter.counts);
      continue;
    }
    for (let i = 0; i < counters.length; i += 1) counters[i]!.column.count(rowid, counters[i]!.counts);
    totalCount += 1;
    if (sort === 'RELEVANCE') {
      ranked.push(rowid);
      continue;
    }
    // The first part of the sort key decides most comparisons; the whole key is built only where it may not.
    const primary = primaryKey(sort, rows, rowid, filter);
    if (afterKey && primary < afterKey[0]!) continue;
    if (page.length === limit && primary > page[limit - 1]!.key[0]!) continue;
    const key = sortKeyOf(sort, rows, rowid, filter, 0);
    if (afterKey && compareKeys(key, afterKey) <= 0) continue;
    // Keeps the `limit` smallest keys in order: a page needs no sort of every match.
    if (page.length === limit && compareKeys(key, page[limit - 1]!.key) >= 0) continue;
    let [low, high] = [0, page.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareKeys(key, page[middle]!.key) < 0) high = middle;
      else low = middle + 1;
    }
    page.splice(low, 0, { rowid, key });
    if (page.length > limit) page.pop();
  }
  const kinds = new Map<number, MatchKind>();
  if (sort === 'RELEVANCE' && matches) {
    // A place is unique, so the page after a cursor starts right after the cursor's place.
    const afterPlace = afterKey ? Number(afterKey[0]) : 0;
    const soonest = { key: (rowid: number) => Math.min(filter.nextStart(rowid), LAST), tie: (a: number, b: number) => (rows.ids[a]! < rows.ids[b]! ? -1 : 1) };
    page = (await matches.places(ranked, afterPlace, limit, soonest)).map(({ rowid, kind }, i) => {
      kinds.set(rowid, kind);
      return { rowid, key: sortKeyOf(sort, rows, rowid, filter, afterPlace + i + 1) };
    });
  }
  const hits = await Promise.all(
    page.slice(0, query.first).map(async ({ rowid, key }) => ({
      id: rows.ids[rowid]!,
      cursor: encodeCursor([sort, ...key]),
      match: matches ? (kinds.get(rowid) ?? (await matches.kindOf(rowid))) : null,
    })),
  );
  const offerCorrection = options?.forgiving && !after && (totalCount < FEW_RESULTS || hits.every((hit) => hit.match !== 'EXACT'));
  return {
    hits,
    didYouMean: options && offerCorrection ? await didYouMean(store, terms, options.lexicon) : null,
    totalCount,
    hasNextPage: page.length > query.first,
    hasPreviousPage: after !== null,
    facets: Object.fromEntries(FACETS.map((f) => {
      const counter = counters.find((c) => c.facet === f);
      return [f, counter ? counter.column.byValue(counter.counts) : new Map<string, number>()];
    })) as Record<Facet, Map<string, number>>,
    terms: plan?.highlights ?? [],
  };
}
