import { TSVECTOR_WEIGHTS } from '../search/textQuery';
import type { SearchText } from '../ingest/searchText';

const WORD = /[\p{L}\p{N}]+/gu;
/** PostgreSQL's limits: positions up to 16,383, 255 of them kept per word, words of at most 2,047 bytes. */
const LAST_POSITION = 16_383;
const POSITIONS_PER_WORD = 255;
const LONGEST_WORD = 500;
/** Positions left empty between fields, so that no phrase runs from one field into the next (as in FTS5's columns). */
const FIELD_GAP = 2;

/**
 * An offering's folded text as a tsvector literal: its words cut as on SQLite (runs of letters and
 * digits of the folded text, what FTS5's tokenizer keeps), each with its positions and the weight
 * of its field. Built here rather than by `to_tsvector`, whose parser cuts words its own way
 * (e-mail addresses, hyphenated words, version numbers) and whose letters depend on the server's locale.
 */
export function tsvectorOf(text: SearchText): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const field of ['title', 'keywords', 'summary', 'body', 'provider'] as const) {
    const weight = TSVECTOR_WEIGHTS[field];
    for (const word of text[field].match(WORD) ?? []) {
      position = Math.min(position + 1, LAST_POSITION);
      if (word.length > LONGEST_WORD) continue;
      const list = positions.get(word) ?? [];
      if (list.length < POSITIONS_PER_WORD) list.push(`${position}${weight}`);
      positions.set(word, list);
    }
    position = Math.min(position + FIELD_GAP, LAST_POSITION);
  }
  return [...positions].map(([word, at]) => `'${word}':${at.join(',')}`).join(' ');
}
