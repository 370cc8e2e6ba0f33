import { readFileSync } from 'node:fs';
import { foldForSearch } from '@campus/schema';
import { formKeys, formOf } from './wordForms';

/** One concept of the field, named in German and English: every term is equivalent to every other. */
export interface ThesaurusEntry {
  de: string[];
  en: string[];
  source: string[];
}

/** A term said otherwise: in the same language (a synonym or abbreviation) or in the other one. */
export interface Equivalent {
  /** The words of the term, folded as the index folds them; several make a phrase. */
  words: string[];
  kind: 'SYNONYM' | 'TRANSLATION';
}

/** The longest run of search words, from some position on, that names a concept of the thesaurus. */
export interface ThesaurusMatch {
  length: number;
  equivalents: Equivalent[];
}

/** Terms longer than this many words are not looked for in a search. */
const LONGEST_TERM = 4;

const wordsOf = (term: string): string[] => foldForSearch(term).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

interface Named {
  entry: number;
  lang: 'de' | 'en';
  term: string;
}

/**
 * The bilingual thesaurus (`thesaurus.json`, reviewed like code): looks up what a search names, by
 * the words as typed or by their forms ("Verschlüsselungen" names "Verschlüsselung", "neural
 * networks" names "neural network"), and answers with the other names of the same concept.
 */
export class Thesaurus {
  readonly #entries: ThesaurusEntry[];
  /** By the folded words of a term joined with spaces, and by the form keys of one-word terms. */
  readonly #byName = new Map<string, Named[]>();

  constructor(entries: ThesaurusEntry[]) {
    this.#entries = entries;
    entries.forEach((entry, index) => {
      for (const lang of ['de', 'en'] as const) {
        for (const term of entry[lang]) {
          const words = wordsOf(term);
          const keys = words.length === 1 ? new Set([words[0]!, ...formKeys(words[0]!).map((key) => `~${key}`)]) : new Set([words.join(' '), `~${words.map(formOf).join(' ')}`]);
          for (const key of keys) this.#byName.set(key, [...(this.#byName.get(key) ?? []), { entry: index, lang, term }]);
        }
      }
    });
  }

  static #bundled: Thesaurus | null = null;

  /** The thesaurus kept in this repository, read once per thread. */
  static bundled(): Thesaurus {
    Thesaurus.#bundled ??= new Thesaurus((JSON.parse(readFileSync(new URL('./thesaurus.json', import.meta.url), 'utf8')) as { entries: ThesaurusEntry[] }).entries);
    return Thesaurus.#bundled;
  }

  /** The longest term of the thesaurus that `words` begin at `start` with, and its equivalents; null where none does. */
  match(words: readonly string[], start: number): ThesaurusMatch | null {
    for (let length = Math.min(LONGEST_TERM, words.length - start); length >= 1; length -= 1) {
      const run = words.slice(start, start + length);
      const named = this.#byName.get(run.join(' ')) ?? (length === 1 ? formKeys(run[0]!).flatMap((key) => this.#byName.get(`~${key}`) ?? []) : (this.#byName.get(`~${run.map(formOf).join(' ')}`) ?? []));
      if (named.length > 0) return { length, equivalents: this.#equivalents(named) };
    }
    return null;
  }

  #equivalents(named: readonly Named[]): Equivalent[] {
    const seen = new Set(named.map((n) => wordsOf(n.term).join(' ')));
    const equivalents: Equivalent[] = [];
    for (const { entry, lang } of named) {
      for (const other of ['de', 'en'] as const) {
        for (const term of this.#entries[entry]![other]) {
          const words = wordsOf(term);
          const key = words.join(' ');
          if (seen.has(key)) continue;
          seen.add(key);
          equivalents.push({ words, kind: other === lang ? 'SYNONYM' : 'TRANSLATION' });
        }
      }
    }
    return equivalents;
  }
}
