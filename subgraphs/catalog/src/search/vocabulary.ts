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
