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

/**
 * The offerings that contain every term, with a relevance score (lower is better). Terms of three
 * letters or more match anywhere in a word (trigrams: "schutz" finds "Datenschutz", "Digi" finds
 * "Digitalisierung"); shorter ones ("KI", "IT") match whole words. The score is BM25 over both, the
 * title weighted up, so that a match in the title ranks first.
 */
export function fullTextMatches(database: CatalogDatabase, search: SearchTerms): Map<number, number> {
  const long = search.terms.filter((t) => t.length >= 3);
  const short = search.terms.filter((t) => t.length < 3);
  const ranked: Map<number, number>[] = [];
  if (long.length > 0) ranked.push(scored(database, 'offering_trigrams', long.map(quote).join(' AND ')));
  if (short.length > 0) ranked.push(scored(database, 'offering_words', short.map(quote).join(' AND ')));
  const [first, ...rest] = ranked;
  const scores = new Map<number, number>();
  for (const [rowid, score] of first ?? []) {
    let total = score;
    let everywhere = true;
    for (const other of rest) {
      const more = other.get(rowid);
      if (more === undefined) everywhere = false;
      else total += more;
    }
    if (everywhere) scores.set(rowid, total);
  }
  return scores;
}

/** Prepared once per database: building a statement costs more than running it. */
const statements = new WeakMap<CatalogDatabase, Map<string, Statement>>();

function scored(database: CatalogDatabase, table: 'offering_trigrams' | 'offering_words', match: string): Map<number, number> {
  const sql = `SELECT rowid, bm25(${table}, ${WEIGHTS}) FROM ${table} WHERE ${table} MATCH ?`;
  const prepared = statements.get(database) ?? new Map<string, Statement>();
  statements.set(database, prepared);
  let statement = prepared.get(sql);
  if (!statement) {
    statement = database.sqlite.prepare(sql).raw();
    prepared.set(sql, statement);
  }
  return new Map(statement.all(match) as [number, number][]);
}
