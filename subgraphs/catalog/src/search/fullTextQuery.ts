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

/**
 * The offerings that contain every term, with a relevance score (lower is better). Terms of three
 * letters or more match anywhere in a word (trigrams: "schutz" finds "Datenschutz", "Digi" finds
 * "Digitalisierung"); shorter ones ("KI") match the start of a word. The score is BM25 over whole
 * words and prefixes, the title weighted up; a match only inside a compound ranks after them.
 */
export function fullTextMatches(database: CatalogDatabase, search: SearchTerms): Map<number, number> {
  const long = search.terms.filter((t) => t.length >= 3);
  const short = search.terms.filter((t) => t.length < 3);
  const parts: string[] = [];
  const params: string[] = [];
  if (long.length > 0) {
    parts.push('SELECT rowid FROM offering_trigrams WHERE offering_trigrams MATCH ?');
    params.push(long.map(quote).join(' AND '));
  }
  if (short.length > 0) {
    parts.push('SELECT rowid FROM offering_words WHERE offering_words MATCH ?');
    params.push(short.map((t) => `${quote(t)}*`).join(' AND '));
  }
  const matchedQuery = parts.join(' INTERSECT ');
  const matched = database.sqlite.prepare(matchedQuery).pluck().all(...params) as number[];
  const scores = new Map<number, number>(matched.map((rowid) => [rowid, 0]));
  if (matched.length === 0) return scores;
  const words = search.terms.flatMap((t) => t.split(' ')).filter(Boolean);
  const ranked = database.sqlite
    .prepare(`SELECT rowid, bm25(offering_words, 10.0, 3.0, 1.0, 4.0, 2.0) AS score FROM offering_words WHERE offering_words MATCH ? AND rowid IN (${matchedQuery})`)
    .all(words.map((w) => `${quote(w)}*`).join(' OR '), ...params) as { rowid: number; score: number }[];
  for (const { rowid, score } of ranked) scores.set(rowid, score);
  return scores;
}
