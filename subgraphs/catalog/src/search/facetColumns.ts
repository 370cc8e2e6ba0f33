import { relaidOffsets } from './rowSlots';

/** The facets: each is counted ignoring its own filter, so a selected value still shows the others. */
export const FACETS = ['topics', 'targetGroups', 'formats', 'types', 'languages', 'districts', 'providers', 'cost'] as const;
export type Facet = (typeof FACETS)[number];

/** What the columns are built from: an indexed offering. */
interface FacetedOffering {
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
 * are `codes[first[r]]` up to `codes[first[r + 1]]`. Filtering and counting then read typed arrays
 * in order instead of following each offering's object and its value arrays. Built once, then
 * patched with what each ingest changed (`patch`).
 */
export class FacetColumn {
  /** The value of each code; code 0 is not used. */
  readonly values: string[] = [''];
  readonly #codeOf = new Map<string, number>();
  #first: Uint32Array;
  #codes: Uint32Array;

  constructor(
    offerings: readonly (FacetedOffering | undefined)[],
    private readonly facet: Facet,
  ) {
    [this.#first, this.#codes] = this.#coded(offerings);
  }

  get first(): Uint32Array {
    return this.#first;
  }

  get codes(): Uint32Array {
    return this.#codes;
  }

  /** Offsets and codes of the offerings. */
  #coded(offerings: readonly (FacetedOffering | undefined)[]): [Uint32Array, Uint32Array] {
    const coded: number[] = [];
    const first = new Uint32Array(offerings.length + 1);
    for (let rowid = 0; rowid < offerings.length; rowid += 1) {
      first[rowid] = coded.length;
      const o = offerings[rowid];
      if (o) for (const value of facetValues(o, this.facet)) if (value !== null) coded.push(this.#codeFor(value));
    }
    first[offerings.length] = coded.length;
    return [first, Uint32Array.from(coded)];
  }

  /**
   * Writes the changed rowids' codes, and room for every rowid of `offerings`, in time
   * proportional to the change: in place where each changed offering keeps its number of values;
   * otherwise the codes are copied anew around them, the unchanged runs in one copy each.
   */
  patch(offerings: readonly (FacetedOffering | undefined)[], changed: ReadonlySet<number>): void {
    const known = this.#first.length - 1;
    const valuesOf = (rowid: number): string[] => {
      const o = offerings[rowid];
      return o ? facetValues(o, this.facet).filter((v): v is string => v !== null) : [];
    };
    const count = (rowid: number): number => (rowid < known ? this.#first[rowid + 1]! - this.#first[rowid]! : 0);
    const fresh = new Map<number, string[]>();
    let inPlace = offerings.length === known;
    let size = this.#codes.length;
    for (const rowid of changed) {
      const values = valuesOf(rowid);
      fresh.set(rowid, values);
      if (values.length !== count(rowid)) inPlace = false;
      size += values.length - count(rowid);
    }
    if (inPlace) {
      for (const [rowid, values] of fresh) {
        let at = this.#first[rowid]!;
        for (const value of values) this.#codes[at++] = this.#codeFor(value);
      }
      return;
    }
    const codes = new Uint32Array(size);
    const old = this.#codes;
    const oldFirst = this.#first;
    this.#first = relaidOffsets(oldFirst, offerings.length, changed, (from, to, at) => codes.set(old.subarray(oldFirst[from]!, oldFirst[to]!), at), (rowid, at) => {
      for (const value of fresh.get(rowid)!) codes[at++] = this.#codeFor(value);
      return at;
    });
    this.#codes = codes;
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
    for (let i = this.first[rowid]!; i < this.first[rowid + 1]!; i += 1) if (mask[this.codes[i]!] === 1) return true;
    return false;
  }

  /** Adds the offering's values to counts indexed by code. */
  count(rowid: number, counts: Int32Array): void {
    for (let i = this.first[rowid]!; i < this.first[rowid + 1]!; i += 1) {
      const code = this.codes[i]!;
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

export function facetColumns(offerings: readonly (FacetedOffering | undefined)[]): FacetColumns {
  return Object.fromEntries(FACETS.map((facet) => [facet, new FacetColumn(offerings, facet)])) as FacetColumns;
}

/** Patches the columns with the changed rowids (see `FacetColumn.patch`). */
export function patchFacetColumns(columns: FacetColumns, offerings: readonly (FacetedOffering | undefined)[], changed: ReadonlySet<number>): void {
  for (const facet of FACETS) columns[facet].patch(offerings, changed);
}
