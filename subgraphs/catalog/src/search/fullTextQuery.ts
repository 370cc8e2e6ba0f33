import type { Statement } from 'better-sqlite3';
import { foldForSearch } from '@campus/schema';
import type { CatalogDatabase } from '../db/openCatalogDatabase';
import type { MatchKind } from '../generated/resolvers';
import { asTyped, MATCH_ORDER, type SearchPlan } from './searchPlan';

/** A user's search as terms: quoted phrases and single words, folded. Never FTS syntax. */
export interface SearchTerms {
  /** Each once. */
  terms: string[];
  /**
   * The terms in the order typed, repeats kept, so that the thesaurus sees "end to end encryption"
   * whole; the distinct terms alone where a search repeats itself beyond reason.
   */
  sequence: string[];
}

/** A search's words in order, repeats included, are read as typed up to this many. */
const LONGEST_SEQUENCE = 36;

/**
 * Reads what a user typed. Quoted parts are phrases, everything else words; only letters and
 * digits survive, so `"`, `*`, `AND`, `NEAR(` or a lone `-` are plain text or nothing, never syntax.
 */
export function parseSearch(search: string | null | undefined): SearchTerms {
  if (!search) return { terms: [], sequence: [] };
  const sequence: string[] = [];
  const clean = (text: string): string => foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const rest = search.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const cleaned = clean(phrase);
    if (cleaned) sequence.push(cleaned);
    return ' ';
  });
  for (const word of clean(rest).split(' ')) if (word) sequence.push(word);
  const terms = [...new Set(sequence)];
  return { terms, sequence: sequence.length > LONGEST_SEQUENCE ? terms : sequence };
}

/** Column weights for BM25: title, summary, body, keywords, provider. */
const WEIGHTS = '10.0, 3.0, 1.0, 4.0, 2.0';
/** JSON carries many rowids out of SQLite faster than one result row each. */
const MATCHED = 'SELECT json_group_array(rowid) FROM offering_words WHERE offering_words MATCH ?';
const BEST = `SELECT rowid FROM offering_words WHERE offering_words MATCH ? ORDER BY bm25(offering_words, ${WEIGHTS}) LIMIT ?`;
// `+rowid` keeps the list from FTS5, which would run the whole query once per rowid (9 ms each);
// as a plain condition it is checked row by row, and BM25 is computed only for the rows that pass.
const BEST_OF = `SELECT rowid FROM offering_words WHERE offering_words MATCH ? AND +rowid IN (SELECT value FROM json_each(?)) ORDER BY bm25(offering_words, ${WEIGHTS}) LIMIT ?`;
/** The columns whose matches come first: what an offering is called and tagged with. */
const FIRST_COLUMNS = '{title keywords}';

/** An offering in relevance order, with the way it matched. */
export interface Placed {
  rowid: number;
  kind: MatchKind;
}

/** Which offerings match a search, and how to rank those a filter leaves. */
export interface TextMatches {
  /** Every matching rowid, ascending (FTS5's order), however it matched. */
  rowids: number[];
  /**
   * Places `from + 1` to `from + count` in relevance order among `survivors` (matches the filters
   * leave, ascending). Offerings rank by the way they match (MATCH_ORDER), then, among those
   * matching alike, the ones with the terms in their title or keywords first, in BM25 order over
   * those fields; then the others, in BM25 order over all text, title weighted up. Matches inside
   * compounds, and the few a ranking query misses, follow by `soonest`. Ranking only what the
   * filters leave, and a way only where the better ones do not fill the page, matters: BM25 costs
   * half a microsecond per row, 50 ms for a word in every offering.
   */
  places(survivors: readonly number[], from: number, count: number, soonest: (a: number, b: number) => number): Placed[];
  /** The best way an offering (one of `rowids`) matched. */
  kindOf(rowid: number): MatchKind;
}

/** The members of `a` that are (or are not) in `b`; both ascending. */
function partition(a: readonly number[], b: readonly number[]): { inside: number[]; outside: number[] } {
  const inside: number[] = [];
  const outside: number[] = [];
  let j = 0;
  for (const value of a) {
    while (j < b.length && b[j]! < value) j += 1;
    (b[j] === value ? inside : outside).push(value);
  }
  return { inside, outside };
}

function includes(sorted: readonly number[], value: number): boolean {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return sorted[low] === value;
}

/** A run of places whose order is worked out only when a page reaches it. */
interface Segment {
  size: number;
  take(from: number, count: number): number[];
}

function takeInOrder(segments: readonly Segment[], from: number, count: number): number[] {
  const taken: number[] = [];
  for (const segment of segments) {
    if (taken.length >= count) break;
    if (from >= segment.size) {
      from -= segment.size;
      continue;
    }
    taken.push(...segment.take(from, count - taken.length));
    from = 0;
  }
  return taken;
}

/**
 * The offerings that match a plan, found without ranking: BM25 waits until the filters have had
 * their say. Each way of matching has its own query, run only when a page or a hit needs it;
 * the one with every way is run at once, since it tells how many match.
 */
export function fullTextMatches(database: CatalogDatabase, plan: SearchPlan): TextMatches {
  const found = new Map<string, number[]>();
  const matched = (query: string): number[] => {
    let rowids = found.get(query);
    if (!rowids) {
      rowids = JSON.parse(statement(database, MATCHED).get(query) as string) as number[];
      found.set(query, rowids);
    }
    return rowids;
  };
  const { ranks } = plan;
  const rowids = matched(plan.query(ranks[ranks.length - 1]!));
  // The best `count` of `candidates` (all of `matches`, or some) for a query, in BM25 order.
  const best = (query: string, candidates: readonly number[], count: number): number[] =>
    (candidates.length === matched(query).length
      ? statement(database, BEST).all(query, count)
      : statement(database, BEST_OF).all(query, JSON.stringify(candidates), count)) as number[];
  const bm25 = (query: string, candidates: readonly number[]): Segment => ({ size: candidates.length, take: (from, count) => best(query, candidates, from + count).slice(from) });
  const inOrder = (sorted: readonly number[]): Segment => ({ size: sorted.length, take: (from, count) => sorted.slice(from, from + count) });

  // How the offerings matching at one rank are ordered among themselves.
  const orderOf = (rank: number, group: readonly number[], soonest: (a: number, b: number) => number): Segment[] => {
    const ranking = plan.rankingQuery(rank);
    if (!ranking) return [inOrder([...group].sort(soonest))];
    const inFirstColumns = `${FIRST_COLUMNS} : (${ranking})`;
    const { inside: first, outside } = partition(group, matched(inFirstColumns));
    const { inside: second, outside: missed } = partition(outside, matched(ranking));
    return [bm25(inFirstColumns, first), bm25(ranking, second), inOrder(missed.sort(soonest))];
  };
  const places = (survivors: readonly number[], from: number, count: number, soonest: (a: number, b: number) => number): Placed[] => {
    const placed: Placed[] = [];
    let rest = survivors;
    let skip = from;
    for (const [i, rank] of ranks.entries()) {
      if (placed.length >= count || rest.length === 0) break;
      // Those left match at this rank or worse; at the last rank, all of them.
      const { inside: group, outside } = i === ranks.length - 1 ? { inside: rest, outside: [] } : partition(rest, matched(plan.query(rank)));
      rest = outside;
      if (skip >= group.length) {
        skip -= group.length;
        continue;
      }
      const kind = MATCH_ORDER[rank]!;
      for (const rowid of takeInOrder(orderOf(rank, group, soonest), skip, count - placed.length)) placed.push({ rowid, kind });
      skip = 0;
    }
    return placed;
  };
  const kindOf = (rowid: number): MatchKind => MATCH_ORDER[ranks.find((rank) => rank === ranks[ranks.length - 1] || includes(matched(plan.query(rank)), rowid))!]!;
  return { rowids, places, kindOf };
}

const FIRST = 'SELECT rowid FROM offering_words WHERE offering_words MATCH ? LIMIT 1';

/** The rowid of some offering holding every term as a word or its beginning; null where none does. */
export function firstMatchAsTyped(database: CatalogDatabase, terms: readonly string[]): number | null {
  return (statement(database, FIRST).get(terms.map(asTyped).join(' AND ')) as number | undefined) ?? null;
}

/** Prepared once per database: building a statement costs more than running it. */
const statements = new WeakMap<CatalogDatabase, Map<string, Statement>>();

function statement(database: CatalogDatabase, sql: string): Statement {
  const prepared = statements.get(database) ?? new Map<string, Statement>();
  statements.set(database, prepared);
  let found = prepared.get(sql);
  if (!found) {
    found = database.sqlite.prepare(sql).pluck();
    prepared.set(sql, found);
  }
  return found;
}
