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
const RANKED = `SELECT rowid FROM offering_words WHERE offering_words MATCH ? ORDER BY bm25(offering_words, ${WEIGHTS})`;
const MATCHED = 'SELECT rowid FROM offering_words WHERE offering_words MATCH ?';

/** Which offerings match a search, and how well. */
export interface TextMatches {
  /**
   * Per rowid: 0 where the offering does not match, else its place in BM25 order (1 best); those
   * found only inside a compound share the place after all others. Indexed by rowid so that the
   * search walks its matches in storage order, which is much faster than in rank order.
   */
  rank: Int32Array;
  /** The matching rowids in ascending order where they are few; null where walking `rank` is faster. */
  rowids: number[] | null;
}

/** Below this share of the index, a sorted list of matches is walked instead of every rowid. */
const FEW = 1 / 16;

/** What the search reads of the index: its size and the words it holds. */
export interface IndexedWords {
  rowidLimit: number;
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
 * The offerings that contain every term, found in one FTS5 query, and their BM25 order (title
 * weighted up) by a second over the terms as words and prefixes. The two are kept apart because
 * BM25's cost grows with the phrases of its query: ranking by a term's hundreds of compounds
 * ("ung") took seconds. Matches found only inside a compound come after all others.
 */
export function fullTextMatches(database: CatalogDatabase, search: SearchTerms, index: IndexedWords): TextMatches {
  const vocabulary = index.vocabulary();
  const alternatives = search.terms.map((term) => occurrencesOf(term, vocabulary));
  const ranked = statement(database, RANKED).all(search.terms.map(asWord).join(' AND ')) as number[];
  const rank = new Int32Array(index.rowidLimit);
  ranked.forEach((rowid, position) => {
    if (rowid < rank.length) rank[rowid] = position + 1;
  });
  let matched: number[] = [];
  if (alternatives.some((a) => a.length > 1)) {
    matched = statement(database, MATCHED).all(alternatives.map((a) => `(${a.join(' OR ')})`).join(' AND ')) as number[];
    for (const rowid of matched) if (rowid < rank.length && rank[rowid] === 0) rank[rowid] = ranked.length + 1;
  }
  // The query for compounds finds the ranked matches too, in rowid order.
  const all = matched.length > 0 ? matched : ranked.slice().sort((a, b) => a - b);
  return { rank, rowids: all.length < rank.length * FEW ? all.filter((rowid) => rowid < rank.length) : null };
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
