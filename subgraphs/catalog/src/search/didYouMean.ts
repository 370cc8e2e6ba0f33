import { foldForSearch } from '@campus/schema';
import type { CatalogStore } from '../db/catalogStore';
import { firstMatchAsTyped } from './fullTextQuery';
import type { Lexicon } from './lexicon';

/** Fewer results than this, or none matching as typed, and a search offers a corrected one. */
export const FEW_RESULTS = 3;

const WORD = /[\p{L}\p{N}]+/gu;

/** The search with each word the index lacks (and begins no word of it) put as the likeliest word meant; null where nothing changes. */
function corrected(terms: readonly string[], lexicon: Lexicon): string[] | null {
  let changed = false;
  const words = terms.map((term) => {
    if (term.includes(' ') || lexicon.has(term) || lexicon.begins(term)) return term;
    const best = lexicon.bestCorrection(term);
    if (!best) return term;
    changed = true;
    return best;
  });
  return changed ? words : null;
}

/**
 * "Did you mean …": the corrected search where it finds offerings as typed, its words spelt as an
 * offering that holds them writes them ("Verschlüsselung", not the folded "verschlusselung").
 */
export async function didYouMean(store: CatalogStore, terms: readonly string[], lexicon: Lexicon): Promise<string | null> {
  const words = corrected(terms, lexicon);
  if (!words) return null;
  const rowid = await firstMatchAsTyped(store, words);
  if (rowid === null) return null;
  const row = await store.textsOf(rowid);
  const written = new Map<string, string>();
  for (const text of row ? [row.title, row.summary ?? '', ...row.categories, row.descriptionText ?? ''] : []) {
    for (const word of text.match(WORD) ?? []) if (!written.has(foldForSearch(word))) written.set(foldForSearch(word), word);
  }
  return words.map((word) => written.get(word) ?? word).join(' ');
}
