import { SymSpell } from 'mnemonist';
import { formKeys, isCommonWord } from './wordForms';

/**
 * The most words a term is looked for inside. A part found inside more words than this ("ung",
 * "ter") narrows nothing, and each word costs the query a lookup: 1,000 took 67 ms, 20,000 two
 * seconds. Such a term finds the words it begins.
 */
const MAX_COMPOUNDS = 300;

/** Words shorter than this are never corrected ("Kurs" is not "Kurve"): one typo from here on. */
const ONE_TYPO_FROM = 5;
/** Two typos from this length on, as Meilisearch and Typesense allow. */
const TWO_TYPOS_FROM = 9;
/**
 * Longer terms are taken as typed: no word is this long (Germany's longest compounds have about 40
 * letters), and the edits of a term grow with the square of its length.
 */
export const LONGEST_CORRECTED = 48;

/** A word of the index one or two edits (insertion, deletion, substitution, transposition) from a term. */
export interface Correction {
  word: string;
  distance: number;
}

/**
 * The words of the full-text index, with what forgiving search needs to find them from what was
 * typed: their forms (by Snowball stems), their neighbours by edit distance (symmetric-delete
 * dictionaries: a lookup costs tens of microseconds, not a scan), and how many offerings hold
 * each. Grows with every ingest; a word the index has since lost stays and only ever matches nothing.
 */
export class Lexicon {
  /** Sorted, in the order the index's own vocabulary (fts5vocab) lists them. */
  #words: string[] = [];
  #sorted = true;
  readonly #documents = new Map<string, number>();
  readonly #byFormKey = new Map<string, string[]>();
  /** Words a term of five to eight letters may be one edit from: four letters and more. */
  readonly #oneEdit = new SymSpell({ maxDistance: 1, verbosity: 2 });
  /** Words a term of nine letters or more may be two edits from: seven letters and more. */
  readonly #twoEdits = new SymSpell({ maxDistance: 2, verbosity: 2 });

  constructor(words: Iterable<{ word: string; documents: number }> = []) {
    for (const { word, documents } of words) this.#add(word, documents);
  }

  /** Adds the words not yet known (each counted as in one offering). */
  add(words: Iterable<string>): void {
    for (const word of words) if (!this.#documents.has(word)) this.#add(word, 1);
  }

  #add(word: string, documents: number): void {
    this.#documents.set(word, documents);
    if (this.#words.length > 0 && word < this.#words[this.#words.length - 1]!) this.#sorted = false;
    this.#words.push(word);
    for (const key of formKeys(word)) {
      const forms = this.#byFormKey.get(key);
      if (forms) forms.push(word);
      else {
        this.#byFormKey.set(key, [word]);
        // Stems are corrected to as well: "Paswort" is one typo from "passwort", the stem of "Passwörter".
        this.#correctable(key);
      }
    }
  }

  #correctable(word: string): void {
    if (/\d/.test(word) || isCommonWord(word)) return;
    if (word.length >= ONE_TYPO_FROM - 1) this.#oneEdit.add(word);
    if (word.length >= TWO_TYPOS_FROM - 2) this.#twoEdits.add(word);
  }

  /** Every word, sorted. */
  words(): readonly string[] {
    if (!this.#sorted) {
      this.#words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      this.#sorted = true;
    }
    return this.#words;
  }

  has(word: string): boolean {
    return this.#documents.has(word);
  }

  /** How many offerings held the word when the index was read (1 for words added since). */
  documents(word: string): number {
    return this.#documents.get(word) ?? 0;
  }

  /** Whether some word begins with the term (it may be being typed). */
  begins(term: string): boolean {
    const words = this.words();
    let [low, high] = [0, words.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (words[middle]! < term) low = middle + 1;
      else high = middle;
    }
    return words[low]?.startsWith(term) ?? false;
  }

  /** The likeliest word meant by a term the index does not hold: the nearest correction, the most frequent of equally near ones. */
  bestCorrection(term: string): string | null {
    const [best] = this.correctionsOf(term).sort((a, b) => a.distance - b.distance || this.documents(b.word) - this.documents(a.word) || (a.word < b.word ? -1 : 1));
    return best?.word ?? null;
  }

  /** The words a term occurs inside, not at their start ("schutz" in "datenschutz"); null where they are too many to narrow anything. */
  compoundsOf(term: string): string[] | null {
    const compounds = this.words().filter((word) => word.indexOf(term, 1) > 0);
    return compounds.length > MAX_COMPOUNDS ? null : compounds;
  }

  /** Other forms of a term that the index holds ("kurse" for "kurs", "courses" for "course"). */
  formsOf(term: string): string[] {
    const forms = new Set<string>();
    for (const key of formKeys(term)) for (const word of this.#byFormKey.get(key) ?? []) if (word !== term) forms.add(word);
    return [...forms];
  }

  /**
   * The index's words a term may be a misspelling of: one edit from five letters on, two from
   * nine. Nothing for shorter terms and longer than any word, numbers, function words, or a term the index holds as it is
   * (a word that occurs is taken to be meant); never a word the term begins, which it finds anyway.
   */
  correctionsOf(term: string): Correction[] {
    if (term.length < ONE_TYPO_FROM || term.length > LONGEST_CORRECTED || /\d/.test(term) || isCommonWord(term) || this.has(term)) return [];
    const dictionary = term.length >= TWO_TYPOS_FROM ? this.#twoEdits : this.#oneEdit;
    const corrections = new Map<string, number>();
    for (const match of dictionary.search(term)) {
      if (match.distance === 0) continue;
      // A stem stands for the words it is the stem of.
      for (const word of this.#byFormKey.get(match.term) ?? [match.term]) {
        if (!word.startsWith(term) && (corrections.get(word) ?? Infinity) > match.distance) corrections.set(word, match.distance);
      }
    }
    return [...corrections].map(([word, distance]) => ({ word, distance }));
  }
}
