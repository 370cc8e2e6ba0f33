import { foldForSearch } from '@campus/schema';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The words of text as the index holds them: cut as FTS5's unicode61 tokenizer cuts them (runs of
 * letters and digits), then folded (`foldForSearch`). Each distinct word is folded once: folding
 * all of a thousand descriptions took longer than the rest of catching up.
 */
export function wordsOf(texts: readonly string[]): Set<string> {
  const raw = new Set<string>();
  for (const text of texts) for (const word of text.match(WORD) ?? []) raw.add(word);
  const words = new Set<string>();
  for (const word of raw) for (const folded of foldForSearch(word).match(WORD) ?? []) words.add(folded);
  return words;
}

/**
 * The sorted vocabulary with the words of `texts` that it lacks, in the order the index's own
 * vocabulary (fts5vocab) lists them. A word the index has since lost stays: it only ever matches
 * nothing, and the next full read drops it.
 */
export function withWordsOf(vocabulary: readonly string[], texts: readonly string[]): readonly string[] {
  const known = new Set(vocabulary);
  const added = [...wordsOf(texts)].filter((word) => !known.has(word));
  if (added.length === 0) return vocabulary;
  return [...vocabulary, ...added].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
