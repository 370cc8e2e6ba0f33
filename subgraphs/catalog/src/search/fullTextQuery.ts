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

/** Which offerings match a search, best first. */
export interface TextMatches {
  /** BM25 order, then those found only inside a compound. */
  rowids: number[];
  /** The BM25 place (1 best) of the match at this position of `rowids`. */
  relevance(position: number): number;
}

/** What the search reads of the index: its size and the words it holds. */
export interface IndexedWords {
  rowidLimit: number;
  vocabulary(): readonly string[];
}

/** A term as a word or the start of one ("Digi" finds "Digitalisierung"); one or two letters ("KI") whole. */
const asWord = (term: string): string => (term.length < 3 ? quote(term) : `${quote(term)}*`);

/**
 * Every way a term may occur: as a word or the start of one, and from three letters on also inside
 * a word ("schutz" finds "Datenschutz"), through the words the index holds; phrases as phrases.
 */
function occurrencesOf(term: string, vocabulary: readonly string[]): string[] {
  if (term.length < 3 || term.includes(' ')) return [asWord(term)];
  return [asWord(term), ...vocabulary.filter((word) => word.indexOf(term, 1) > 0).map(quote)];
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
  const ranked = (statement(database, RANKED).all(search.terms.map(asWord).join(' AND ')) as number[]).filter((rowid) => rowid < index.rowidLimit);
  const last = ranked.length + 1;
  const relevance = (position: number): number => (position < ranked.length ? position + 1 : last);
  if (alternatives.every((a) => a.length === 1)) return { rowids: ranked, relevance };
  // Every ranked match is a match; the rest follow them. A flag per rowid, since a common word
  // matches tens of thousands of rows and a Set of that size per search keeps the collector busy.
  const isRanked = new Uint8Array(index.rowidLimit);
  for (const rowid of ranked) isRanked[rowid] = 1;
  const inCompounds = (statement(database, MATCHED).all(alternatives.map((a) => `(${a.join(' OR ')})`).join(' AND ')) as number[]).filter((rowid) => rowid < index.rowidLimit && isRanked[rowid] === 0);
  return { rowids: ranked.concat(inCompounds), relevance };
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
