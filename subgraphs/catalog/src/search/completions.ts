import { foldForSearch } from '@campus/schema';
import type { Lang } from './facetLabels';

export type CompletionKind = 'TOPIC' | 'PROVIDER' | 'KEYWORD' | 'TITLE';

/** What a completion is of, best first where they tie otherwise: few topics and providers, then the words partners tag with, then titles. */
const KIND_ORDER: readonly CompletionKind[] = ['TOPIC', 'PROVIDER', 'KEYWORD', 'TITLE'];

/** A completion as it crosses from a search thread: plain data. */
export interface Completion {
  text: string;
  kind: CompletionKind;
  /** The topic's enum value or the provider's id, to filter by; null for titles and keywords. */
  value: string | null;
}

interface Entry extends Completion {
  folded: string;
  /** How many offerings hold it (titles, keywords); entries are kept at zero, since their keys stay. */
  weight: number;
  /** Only for labels in one language (topics). */
  lang: Lang | null;
}

interface Key {
  /** The folded text from one of its words on, so that "sch" completes "Datenschutz" only where a word begins with it. */
  key: string;
  entry: Entry;
}

/** Folded as search folds, punctuation as single spaces: how typed prefixes and texts are compared. */
const completionKey = (text: string): string => foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Answers kept between changes; beyond this many, all are dropped at once and the set fills anew. */
const MOST_ANSWERS_KEPT = 10_000;

const byKey = (a: Key, b: Key): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Completions of what is being typed: every word start of every title, keyword, topic label and
 * provider name in one sorted array, so a prefix is a binary search and a scan of what begins with
 * it. Entries come and go with the offerings that hold them; keys of new ones wait in a pending
 * list that the next completion merges in, in time proportional to the array, not a sort of it.
 */
export class Completions {
  readonly #entries = new Map<string, Entry>();
  #keys: Key[] = [];
  #pending: Key[] = [];
  /**
   * Answers since the last change. A prefix of two or three letters begins tens of thousands of
   * keys (9 ms to rank at 100,000 offerings), and those are the prefixes every visitor types first.
   */
  readonly #answers = new Map<string, Completion[]>();

  /** Counts `delta` offerings for a title or keyword (or sets a topic or provider, with weight 1). */
  count(kind: CompletionKind, text: string, delta: number, value: string | null = null, lang: Lang | null = null): void {
    const folded = completionKey(text);
    if (!folded) return;
    const id = `${kind}\u0000${lang ?? ''}\u0000${folded}`;
    let entry = this.#entries.get(id);
    if (!entry) {
      entry = { text: text.trim(), folded, kind, value, weight: 0, lang };
      this.#entries.set(id, entry);
      for (const match of folded.matchAll(/(?:^| )(?=\S)/g)) this.#pending.push({ key: folded.slice(match.index + match[0].length), entry });
    }
    entry.weight += delta;
    this.#answers.clear();
  }

  #merged(): Key[] {
    if (this.#pending.length === 0) return this.#keys;
    const pending = this.#pending.sort(byKey);
    const keys = this.#keys;
    const merged: Key[] = new Array<Key>(keys.length + pending.length);
    let [i, j, k] = [0, 0, 0];
    while (i < keys.length || j < pending.length) merged[k++] = j >= pending.length || (i < keys.length && keys[i]!.key <= pending[j]!.key) ? keys[i++]! : pending[j++]!;
    this.#keys = merged;
    this.#pending = [];
    return merged;
  }

  /**
   * Up to `first` completions of `prefix`: those it begins before those with a later word it
   * begins, each topics, providers, keywords and titles in turn, then the most offerings, then the shortest.
   * Each text once, as its best kind.
   */
  complete(prefix: string, lang: Lang, first: number): Completion[] {
    const wanted = completionKey(prefix);
    if (!wanted) return [];
    const asked = `${lang} ${first} ${wanted}`;
    const known = this.#answers.get(asked);
    if (known) return known;
    if (this.#answers.size >= MOST_ANSWERS_KEPT) this.#answers.clear();
    const chosen = this.#complete(wanted, lang, first);
    this.#answers.set(asked, chosen);
    return chosen;
  }

  #complete(wanted: string, lang: Lang, first: number): Completion[] {
    const keys = this.#merged();
    let [low, high] = [0, keys.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keys[middle]!.key < wanted) low = middle + 1;
      else high = middle;
    }
    // One number per entry, lower is better: where it matched and its kind, then weight, then length.
    const scored = new Map<Entry, number>();
    for (let i = low; i < keys.length && keys[i]!.key.startsWith(wanted); i += 1) {
      const { key, entry } = keys[i]!;
      if (entry.weight <= 0 || (entry.lang && entry.lang !== lang)) continue;
      const place = (key.length === entry.folded.length ? 0 : KIND_ORDER.length) + KIND_ORDER.indexOf(entry.kind);
      const score = place * 1e12 - Math.min(entry.weight, 1e8) * 1e3 + Math.min(entry.text.length, 999);
      if (score < (scored.get(entry) ?? Infinity)) scored.set(entry, score);
    }
    const ranked = [...scored].sort((a, b) => a[1] - b[1]);
    const seen = new Set<string>();
    const chosen: Completion[] = [];
    for (const [entry] of ranked) {
      if (seen.has(entry.folded)) continue;
      seen.add(entry.folded);
      chosen.push({ text: entry.text, kind: entry.kind, value: entry.value });
      if (chosen.length === first) break;
    }
    return chosen;
  }
}
