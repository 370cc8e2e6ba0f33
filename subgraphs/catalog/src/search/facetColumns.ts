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
 * in order instead of following each offering's object and its value arrays.
 */
export class FacetColumn {
  /** The value of each code; code 0 is not used. */
  readonly values: string[] = [''];
  readonly #codeOf = new Map<string, number>();
  readonly first: Uint32Array;
  readonly codes: Uint32Array;

  constructor(offerings: readonly (FacetedOffering | undefined)[], facet: Facet) {
    const coded: number[] = [];
    this.first = new Uint32Array(offerings.length + 1);
    for (let rowid = 0; rowid < offerings.length; rowid += 1) {
      this.first[rowid] = coded.length;
      const o = offerings[rowid];
      if (o) for (const value of facetValues(o, facet)) if (value !== null) coded.push(this.#codeFor(value));
    }
    this.first[offerings.length] = coded.length;
    this.codes = Uint32Array.from(coded);
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
