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

/** Which offerings match a search, and how well: position in BM25 order, 1 being best. */
export interface TextMatches {
  rowids: number[];
  /** The BM25 position of an offering; matches found only inside a compound come after all others. */
  rank(rowid: number): number;
}

/**
 * The offerings that contain every term. A term matches where it begins a word anywhere ("Digi"
 * finds "Digitalisierung"), and, from three letters on, also inside a word of the title, summary,
 * keywords or provider name ("schutz" finds "Datenschutz"); terms of one or two letters ("KI")
 * match whole words only. Relevance is BM25 over words and prefixes with the title weighted up.
 * Work is done in typed arrays indexed by rowid: a common word matches tens of thousands of rows,
 * and a Map or Set of that size per request would keep the garbage collector busy.
 */
export function fullTextMatches(database: CatalogDatabase, search: SearchTerms, rowidLimit: number): TextMatches {
  const words = search.terms.map((t) => (t.length < 3 ? quote(t) : `${quote(t)}*`));
  const ranked = statement(database, `SELECT rowid FROM offering_words WHERE offering_words MATCH ? ORDER BY bm25(offering_words, ${WEIGHTS})`).all(words.join(' OR ')) as unknown as number[];
  const rank = new Float64Array(rowidLimit);
  ranked.forEach((rowid, position) => {
    if (rowid < rowidLimit) rank[rowid] = position + 1;
  });
  const hits = new Uint16Array(rowidLimit);
  const seenInTerm = new Int32Array(rowidLimit).fill(-1);
  const count = (rowid: number, term: number): void => {
    if (rowid >= rowidLimit || seenInTerm[rowid] === term) return;
    seenInTerm[rowid] = term;
    hits[rowid] = hits[rowid]! + 1;
  };
  search.terms.forEach((term, i) => {
    for (const rowid of search.terms.length === 1 ? ranked : rowids(database, 'offering_words', words[i]!)) count(rowid, i);
    if (term.length >= 3) for (const rowid of rowids(database, 'offering_trigrams', quote(term))) count(rowid, i);
  });
  const matched: number[] = [];
  for (let rowid = 0; rowid < rowidLimit; rowid += 1) if (hits[rowid] === search.terms.length) matched.push(rowid);
  const last = ranked.length + 1;
  return { rowids: matched, rank: (rowid) => rank[rowid] || last };
}

function rowids(database: CatalogDatabase, table: 'offering_trigrams' | 'offering_words', match: string): number[] {
  return statement(database, `SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).all(match) as unknown as number[];
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
