/** Typed arrays a column keeps its values in. */
export type ValueArray = Uint8Array | Uint16Array | Int16Array | Uint32Array | Float64Array;

/** `array` with room for at least `size` values, at least doubled when it grows; the new places hold `fill`. */
export function withRoom<T extends ValueArray>(array: T, size: number, fill = 0): T {
  if (array.length >= size) return array;
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2, 1024));
  grown.set(array);
  if (fill !== 0) grown.fill(fill, array.length);
  return grown;
}

/**
 * Where each rowid's values lie in a column's value arrays: from `first[r]` up to `last[r]`. A
 * rowid whose values change is written in place where they fit, else after every other's (the
 * old place left unused), so that an ingest costs what it wrote, not a copy of the catalogue;
 * once unused places outnumber used ones, `compact` lays them out anew (amortised: at most once
 * per as many values written as the columns hold).
 */
export class RowSlots {
  /** Values in use, and the end of the last run (where the next run goes). */
  #live: number;
  #end: number;

  constructor(
    public first: Uint32Array = new Uint32Array(0),
    public last: Uint32Array = new Uint32Array(0),
  ) {
    let live = 0;
    let end = 0;
    for (let r = 0; r < first.length; r += 1) {
      live += last[r]! - first[r]!;
      end = Math.max(end, last[r]!);
    }
    this.#live = live;
    this.#end = end;
  }

  /** Where the values of rowids below the length of `first` end at most: the value arrays need this many places. */
  get end(): number {
    return this.#end;
  }

  /** How many places are in use: what `compact` lays them out in. */
  get live(): number {
    return this.#live;
  }

  /** Makes room for rowids below `length` (holding no values). */
  grow(length: number): void {
    this.first = withRoom(this.first, length);
    this.last = withRoom(this.last, length);
  }

  /** Gives rowid (below the grown length) `count` places; returns where the first is. */
  place(rowid: number, count: number): number {
    const had = this.last[rowid]! - this.first[rowid]!;
    this.#live += count - had;
    if (count > had) {
      this.first[rowid] = this.#end;
      this.#end += count;
    }
    this.last[rowid] = this.first[rowid]! + count;
    return this.first[rowid]!;
  }

  /** Whether so many places are unused that laying the values out anew pays. */
  wasteful(): boolean {
    return this.#end > 2 * this.#live + 64;
  }

  /**
   * Lays the runs out anew in rowid order, without gaps: `copy(from, to, count)` moves a run from
   * the old value arrays to new ones; returns how many places the new ones need.
   */
  compact(copy: (from: number, to: number, count: number) => void): number {
    let at = 0;
    for (let r = 0; r < this.first.length; r += 1) {
      const count = this.last[r]! - this.first[r]!;
      if (count > 0) copy(this.first[r]!, at, count);
      this.first[r] = at;
      this.last[r] = at + count;
      at += count;
    }
    this.#end = at;
    return at;
  }
}
