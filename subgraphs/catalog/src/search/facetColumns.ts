import { RowSlots, withRoom } from './rowSlots';

/** The facets: each is counted ignoring its own filter, so a selected value still shows the others. */
export const FACETS = ['topics', 'targetGroups', 'formats', 'types', 'languages', 'districts', 'providers', 'cost'] as const;
export type Facet = (typeof FACETS)[number];

/** What the columns are written from: an offering's row as the store gives it. */
export interface FacetedOffering {
  topics: readonly string[];
  targetGroups: readonly string[];
  format: string | null;
  type: string | null;
  languages: readonly string[];
  district: string | null;
  providerId: string;
  costKind: string;
}

function facetValues(o: FacetedOffering, facet: Facet): readonly (string | null)[] {
  switch (facet) {
    case 'topics':
      return o.topics;
    case 'targetGroups':
      return o.targetGroups;
    case 'formats':
      return [o.format];
    case 'types':
      return [o.type];
    case 'languages':
      return o.languages;
    case 'districts':
      return [o.district];
    case 'providers':
      return [o.providerId];
    case 'cost':
      return [o.costKind];
  }
}

/**
 * One facet's values of every offering as small numbers, indexed by rowid: the codes of rowid r
 * are `codes[first[r]]` up to `codes[last[r]]`. Filtering and counting then read typed arrays
 * in order. Written by `patch` with the rows each refresh read, from the first (every row) on, in
 * time proportional to them (`RowSlots`).
 */
export class FacetColumn {
  /** The value of each code; code 0 is not used. */
  readonly values: string[] = [''];
  readonly #codeOf = new Map<string, number>();
  #slots = new RowSlots();
  #codes: Uint32Array = new Uint32Array(0);

  constructor(private readonly facet: Facet) {}

  /** Writes the codes of the rows read, with room for rowids below `length`. */
  patch(length: number, rows: ReadonlyMap<number, FacetedOffering>): void {
    this.#slots.grow(length);
    for (const [rowid, row] of rows) {
      const values = facetValues(row, this.facet);
      let count = 0;
      for (const value of values) if (value !== null) count += 1;
      let at = this.#slots.place(rowid, count);
      this.#codes = withRoom(this.#codes, this.#slots.end);
      for (const value of values) if (value !== null) this.#codes[at++] = this.#codeFor(value);
    }
    if (this.#slots.wasteful()) {
      const old = this.#codes;
      this.#codes = new Uint32Array(this.#slots.live);
      this.#slots.compact((from, to, count) => this.#codes.set(old.subarray(from, from + count), to));
    }
  }

  /** What `restore` takes back: rowids below `length`. */
  saved(length: number): { values: string[]; first: Uint32Array; last: Uint32Array; codes: Uint32Array } {
    return { values: this.values, first: this.#slots.first.subarray(0, length), last: this.#slots.last.subarray(0, length), codes: this.#codes.subarray(0, this.#slots.end) };
  }

  /** Takes back what `saved` gave; throws where it does not fit together. */
  restore(values: readonly string[], first: Uint32Array, last: Uint32Array, codes: Uint32Array): void {
    const slots = new RowSlots(first, last);
    if (this.values.length !== 1 || values[0] !== '' || first.length !== last.length || slots.end > codes.length) throw new Error(`the facet ${this.facet} does not fit`);
    for (const value of values.slice(1)) this.#codeFor(value);
    for (const code of codes) if (!(code > 0 && code < values.length)) throw new Error(`the facet ${this.facet} does not fit`);
    this.#slots = slots;
    this.#codes = codes;
  }

  /** The first value of an offering; null where it has none (for facets of one value each). */
  valueOf(rowid: number): string | null {
    const at = this.#slots.first[rowid]!;
    return at < this.#slots.last[rowid]! ? this.values[this.#codes[at]!]! : null;
  }

  #codeFor(value: string): number {
    let code = this.#codeOf.get(value);
    if (code === undefined) {
      code = this.values.push(value) - 1;
      this.#codeOf.set(value, code);
    }
    return code;
  }

  /** A mark per code for the given values; a value no offering has marks nothing. */
  mask(values: readonly string[]): Uint8Array {
    const mask = new Uint8Array(this.values.length);
    for (const value of values) {
      const code = this.#codeOf.get(value);
      if (code !== undefined) mask[code] = 1;
    }
    return mask;
  }

  /** Whether any of the offering's values is marked. */
  hasAny(rowid: number, mask: Uint8Array): boolean {
    const codes = this.#codes;
    for (let i = this.#slots.first[rowid]!, last = this.#slots.last[rowid]!; i < last; i += 1) if (mask[codes[i]!] === 1) return true;
    return false;
  }

  /** Adds the offering's values to counts indexed by code. */
  count(rowid: number, counts: Int32Array): void {
    const codes = this.#codes;
    for (let i = this.#slots.first[rowid]!, last = this.#slots.last[rowid]!; i < last; i += 1) {
      const code = codes[i]!;
      counts[code] = counts[code]! + 1;
    }
  }

  /** Counts by code as counts by value, leaving out values no offering had. */
  byValue(counts: Int32Array): Map<string, number> {
    const result = new Map<string, number>();
    counts.forEach((count, code) => {
      if (count > 0) result.set(this.values[code]!, count);
    });
    return result;
  }
}

export type FacetColumns = Record<Facet, FacetColumn>;

export function emptyFacetColumns(): FacetColumns {
  return Object.fromEntries(FACETS.map((facet) => [facet, new FacetColumn(facet)])) as FacetColumns;
}

/** Patches the columns with the rows read (see `FacetColumn.patch`). */
export function patchFacetColumns(columns: FacetColumns, length: number, rows: ReadonlyMap<number, FacetedOffering>): void {
  for (const facet of FACETS) columns[facet].patch(length, rows);
}
