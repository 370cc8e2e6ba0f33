import { foldForSearch } from '@campus/schema';
import type { CatalogStore } from '../db/catalogStore';
import type { MatchKind } from '../generated/resolvers';
import { asTyped, MATCH_ORDER, type SearchPlan } from './searchPlan';
import { allOf, type TextQuery } from './textQuery';

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

/** The columns whose matches come first: what an offering is called and tagged with. */
const inFirstColumns = (query: TextQuery): TextQuery => ({ firstColumns: query });

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
   * matching alike, the ones with the terms in their title or keywords first, in relevance order
   * over those fields; then the others, in relevance order over all text, title weighted up.
   * Matches inside compounds, and the few a ranking query misses, follow by `soonest`. Ranking
   * only what the filters leave, and a way only where the better ones do not fill the page,
   * matters: BM25 costs half a microsecond per row, 50 ms for a word in every offering.
   */
  places(survivors: readonly number[], from: number, count: number, soonest: SoonestFirst): Promise<Placed[]>;
  /** The best way an offering (one of `rowids`) matched. */
  kindOf(rowid: number): Promise<MatchKind>;
}

/** An order of offerings by a number (their next start), `tie` deciding between equal ones. */
export interface SoonestFirst {
  key(rowid: number): number;
  tie(a: number, b: number): number;
}

/**
 * The first `n` of `rowids` in the order, in order, without sorting them all: a word in a tenth
 * of a million offerings leaves tens of thousands to order, and a page needs twenty.
 */
export function firstInOrder(rowids: readonly number[], n: number, order: SoonestFirst): number[] {
  const keys = new Float64Array(rowids.length);
  for (let i = 0; i < rowids.length; i += 1) keys[i] = order.key(rowids[i]!);
  const before = (i: number, j: number): boolean => keys[i]! < keys[j]! || (keys[i] === keys[j] && order.tie(rowids[i]!, rowids[j]!) < 0);
  const best: number[] = [];
  for (let i = 0; i < rowids.length; i += 1) {
    if (best.length === n && !before(i, best[n - 1]!)) continue;
    let [low, high] = [0, best.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (before(i, best[middle]!)) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, i);
    if (best.length > n) best.pop();
  }
  return best.map((i) => rowids[i]!);
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
  take(from: number, count: number): Promise<number[]>;
}

async function takeInOrder(segments: readonly Segment[], from: number, count: number): Promise<number[]> {
  const taken: number[] = [];
  for (const segment of segments) {
    if (taken.length >= count) break;
    if (from >= segment.size) {
      from -= segment.size;
      continue;
    }
    taken.push(...(await segment.take(from, count - taken.length)));
    from = 0;
  }
  return taken;
}

/**
 * The offerings that match a plan, found without ranking: relevance waits until the filters have
 * had their say. Each way of matching has its own query, run only when a page or a hit needs it;
 * the one with every way is run at once, since it tells how many match.
 */
export async function fullTextMatches(store: CatalogStore, plan: SearchPlan): Promise<TextMatches> {
  // By the query's text: the plan builds a query anew each time it is asked.
  const found = new Map<string, Promise<number[]>>();
  const matched = (query: TextQuery): Promise<number[]> => {
    const key = JSON.stringify(query);
    let rowids = found.get(key);
    if (!rowids) {
      rowids = store.matching(query);
      found.set(key, rowids);
    }
    return rowids;
  };
  const { ranks } = plan;
  const queryOf = (rank: number): TextQuery => plan.query(rank);
  const rowids = await matched(queryOf(ranks[ranks.length - 1]!));
  // The best `count` of `candidates` (all of `matches`, or some) for a query, in relevance order.
  const best = async (query: TextQuery, candidates: readonly number[], count: number): Promise<number[]> =>
    store.mostRelevant(query, candidates.length === (await matched(query)).length ? null : candidates, count);
  const ranked = (query: TextQuery, candidates: readonly number[]): Segment => ({ size: candidates.length, take: async (from, count) => (await best(query, candidates, from + count)).slice(from) });
  const inOrder = (group: readonly number[], soonest: SoonestFirst): Segment => ({ size: group.length, take: async (from, count) => firstInOrder(group, from + count, soonest).slice(from) });

  // How the offerings matching at one rank are ordered among themselves.
  const orderOf = async (rank: number, group: readonly number[], soonest: SoonestFirst): Promise<Segment[]> => {
    const ranking = plan.rankingQuery(rank);
    if (!ranking) return [inOrder(group, soonest)];
    const first = inFirstColumns(ranking);
    const { inside: inFirst, outside } = partition(group, await matched(first));
    const { inside: second, outside: missed } = partition(outside, await matched(ranking));
    return [ranked(first, inFirst), ranked(ranking, second), inOrder(missed, soonest)];
  };
  const places = async (survivors: readonly number[], from: number, count: number, soonest: SoonestFirst): Promise<Placed[]> => {
    const placed: Placed[] = [];
    let rest = survivors;
    let skip = from;
    for (const [i, rank] of ranks.entries()) {
      if (placed.length >= count || rest.length === 0) break;
      // Those left match at this rank or worse; at the last rank, all of them.
      const { inside: group, outside } = i === ranks.length - 1 ? { inside: rest, outside: [] } : partition(rest, await matched(queryOf(rank)));
      rest = outside;
      if (skip >= group.length) {
        skip -= group.length;
        continue;
      }
      const kind = MATCH_ORDER[rank]!;
      for (const rowid of await takeInOrder(await orderOf(rank, group, soonest), skip, count - placed.length)) placed.push({ rowid, kind });
      skip = 0;
    }
    return placed;
  };
  const kindOf = async (rowid: number): Promise<MatchKind> => {
    for (const rank of ranks) if (rank === ranks[ranks.length - 1] || includes(await matched(queryOf(rank)), rowid)) return MATCH_ORDER[rank]!;
    return MATCH_ORDER[ranks[ranks.length - 1]!]!;
  };
  return { rowids, places, kindOf };
}

/** The rowid of some offering holding every term as a word or its beginning; null where none does. */
export function firstMatchAsTyped(store: CatalogStore, terms: readonly string[]): Promise<number | null> {
  return store.anyMatching(allOf(terms.map(asTyped)));
}
