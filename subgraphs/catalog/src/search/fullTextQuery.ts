import type { Statement } from 'better-sqlite3';
import { foldForSearch } from '@campus/schema';
import type { CatalogDatabase } from '../db/openCatalogDatabase';

/** A user's search as terms: quoted phrases and single words, folded. Never FTS syntax. */
export interface SearchTerms {
  terms: string[];
}

/**
 * Reads what a user typed. Quoted parts are phrases, everything else words; only letters and
 * digits survive, so `"`, `*`, `AND`, `NEAR(` or a lone `-` are plain text or nothing, never syntax.
 */
export function parseSearch(search: string | null | undefined): SearchTerms {
  if (!search) return { terms: [] };
  const terms: string[] = [];
  const clean = (text: string): string => foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const rest = search.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const cleaned = clean(phrase);
    if (cleaned) terms.push(cleaned);
    return ' ';
  });
  for (const word of clean(rest).split(' ')) if (word) terms.push(word);
  return { terms: [...new Set(terms)] };
}

const quote = (term: string): string => `"${term}"`;

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

/** Which offerings match a search, and how to rank those a filter leaves. */
export interface TextMatches {
  /** Every matching rowid, ascending (FTS5's order). */
  rowids: number[];
  /**
   * The rowids, ascending, that match the terms as words or prefixes; only these are ranked, and
   * those found only inside a compound come after them. Null where every match is such a one.
   */
  wordMatches: number[] | null;
  /**
   * Places `from + 1` to `from + count` in relevance order among `survivors` (word matches the
   * filters leave, ascending). Offerings with the terms in their title or keywords come first, in
   * BM25 order over those fields; then the others, in BM25 order over all text. Title is weighted
   * up in both. Ranking only what the filters leave, and the others only where the first do not
   * fill the page, matters: BM25 costs half a microsecond per row, 50 ms for a word in every offering.
   */
  places(survivors: readonly number[], from: number, count: number): number[];
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

/** What the search reads of the index: the words it holds. */
export interface IndexedWords {
  vocabulary(): readonly string[];
}

/** A term as a word or the start of one ("Digi" finds "Digitalisierung"); one or two letters ("KI") whole. */
const asWord = (term: string): string => (term.length < 3 ? quote(term) : `${quote(term)}*`);

/**
 * The most words a term is looked for inside. A part found inside more words than this ("ung",
 * "ter") narrows nothing, and each word costs the query a lookup: 1,000 took 67 ms, 20,000 two
 * seconds. Such a term finds the words it begins.
 */
const MAX_COMPOUNDS = 300;

/**
 * Every way a term may occur: as a word or the start of one, and from three letters on also inside
 * a word ("schutz" finds "Datenschutz"), through the words the index holds; phrases as phrases.
 */
function occurrencesOf(term: string, vocabulary: readonly string[]): string[] {
  if (term.length < 3 || term.includes(' ')) return [asWord(term)];
  const compounds = vocabulary.filter((word) => word.indexOf(term, 1) > 0);
  return compounds.length > MAX_COMPOUNDS ? [asWord(term)] : [asWord(term), ...compounds.map(quote)];
}

/**
 * The offerings that contain every term, found without ranking: BM25 waits until the filters have
 * had their say. Parts of compounds are looked for in a second query only where the index has such
 * compounds, and BM25 ranks by the terms as words and prefixes alone, since its cost grows with the
 * phrases of its query: ranking by a term's hundreds of compounds ("ung") took seconds.
 */
export function fullTextMatches(database: CatalogDatabase, search: SearchTerms, index: IndexedWords): TextMatches {
  const vocabulary = index.vocabulary();
  const alternatives = search.terms.map((term) => occurrencesOf(term, vocabulary));
  const words = search.terms.map(asWord).join(' AND ');
  const matched = (query: string): number[] => JSON.parse(statement(database, MATCHED).get(query) as string) as number[];
  const wordMatches = matched(words);
  const rowids = alternatives.some((a) => a.length > 1) ? matched(alternatives.map((a) => `(${a.join(' OR ')})`).join(' AND ')) : wordMatches;
  // The best `count` of `candidates` (all of `matches`, or some) for a query, in BM25 order.
  const best = (query: string, matches: readonly number[], candidates: readonly number[], count: number): number[] =>
    (candidates.length === matches.length
      ? statement(database, BEST).all(query, count)
      : statement(database, BEST_OF).all(query, JSON.stringify(candidates), count)) as number[];
  const places = (survivors: readonly number[], from: number, count: number): number[] => {
    const inFirstColumns = `${FIRST_COLUMNS} : (${words})`;
    const firstMatches = matched(inFirstColumns);
    const { inside, outside } = partition(survivors, firstMatches);
    const chosen = inside.length > from ? best(inFirstColumns, firstMatches, inside, from + count).slice(from) : [];
    const restFrom = Math.max(0, from - inside.length);
    if (chosen.length < count && outside.length > restFrom) chosen.push(...best(words, wordMatches, outside, restFrom + count - chosen.length).slice(restFrom));
    return chosen;
  };
  return { rowids, wordMatches: rowids.length > wordMatches.length ? wordMatches : null, places };
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
