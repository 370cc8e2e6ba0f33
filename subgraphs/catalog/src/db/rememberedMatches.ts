import { LRUCache } from 'lru-cache';

/** The most rowids remembered of recent queries' matches and rankings, in all (about 80 MB). */
const REMEMBERED_ROWIDS = 10_000_000;

/**
 * What recent text queries found (their matching rowids, or their ranking), until the catalogue
 * changes: the search index asks the store's change number before every search, and a number
 * other than the last forgets everything. A word searched again with other filters then costs its
 * text query nothing, and no answer is older than the index it is filtered by.
 */
export class RememberedMatches {
  readonly #found = new LRUCache<string, number[]>({ maxSize: REMEMBERED_ROWIDS, sizeCalculation: (rowids) => Math.max(1, rowids.length) });
  #change: number | null = null;

  /** Takes the catalogue's change number; returns it. */
  at(change: number): number {
    if (change !== this.#change) this.#found.clear();
    this.#change = change;
    return change;
  }

  async remember(key: string, find: () => Promise<number[]> | number[]): Promise<number[]> {
    const known = this.#found.get(key);
    if (known) return known;
    const found = await find();
    this.#found.set(key, found);
    return found;
  }
}
