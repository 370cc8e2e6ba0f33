import { foldForSearch } from '@campus/schema';
import snowball from 'snowball-stemmers';
import stopword from 'stopword';

const german = snowball.newStemmer('german');
const english = snowball.newStemmer('english');

/** German and English function words ("sich", "und", "the"), folded as the index folds: never the target of a form or a correction. */
const COMMON_WORDS = new Set([...stopword.deu, ...stopword.eng].map(foldForSearch));

export function isCommonWord(word: string): boolean {
  return COMMON_WORDS.has(word);
}

/**
 * A stem must keep most of its word to join forms: Snowball cuts English "information" to
 * "inform", as it does "informal", which would join words that are not one.
 */
const KEPT_SHARE = 0.6;
/** Shorter stems ("kur" of "Kurs") say too little to join anything. */
const SHORTEST_STEM = 4;

/**
 * What the forms of a folded word have in common: its German and English Snowball stems (the
 * language of a word is not known, and a wrong stemmer mostly leaves a word as it is), and the word
 * itself, since Snowball cuts "Kurs" further than "Kurse". Two words are forms of one another when
 * they share a key; function words and numbers have none.
 */
export function formKeys(word: string): string[] {
  if (/\d/.test(word) || isCommonWord(word)) return [];
  const keys = new Set([word, german.stem(word), english.stem(word)]);
  return [...keys].filter((key) => key.length >= SHORTEST_STEM && key.length >= word.length * KEPT_SHARE);
}

/**
 * One form key that stands for all forms of a word (the shortest), to compare phrases word by
 * word ("neuronale Netze" and "neuronales Netz"); the word itself where it has none.
 */
export function formOf(word: string): string {
  return formKeys(word).reduce((shortest, key) => (key.length < shortest.length ? key : shortest), word);
}
