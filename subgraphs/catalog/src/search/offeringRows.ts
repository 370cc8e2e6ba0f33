import { foldForSearch, LEVELS, type Level } from '@campus/schema';
import type { IndexRow } from '../db/catalogStore';
import { STATUS_CODES } from './dateColumns';
import type { SavedArray } from './indexFile';
import { withRoom } from './rowSlots';

/** The strings of `OfferingRows` as saved with the search index. */
export interface SavedRows {
  ids: string[];
  titles: string[];
  titleKeys: string[];
  lists: (readonly string[])[];
  stadtbezirke: string[];
}

/** Numbers as the columns hold them: NaN where there is none. */
const orNaN = (value: number | null): number => value ?? Number.NaN;

/**
 * What filters, sorting, duplicates and completions need of each offering besides its facet values
 * and dates, in columns indexed by rowid: typed arrays for numbers and codes, plain arrays for the
 * strings (ids, titles) and for the partner's keywords, one frozen list per distinct set. An
 * offering costs its strings and some 40 bytes, where an object per offering cost some 700.
 */
export class OfferingRows {
  /** Rowids in use are below this. */
  length = 0;
  ids: string[] = [];
  titles: string[] = [];
  /** Titles folded as search folds, for sorting by title. */
  titleKeys: string[] = [];
  keywords: (readonly string[])[] = [];
  /** A code of STATUS_CODES as the partner gave it; 0 for a rowid not in use. */
  status = new Uint8Array(0);
  /** 1 where the record is shown as itself, 0 where another record of the same offering is shown instead. */
  canonical = new Uint8Array(0);
  /** 1 + the place in LEVELS; 0 for none. */
  level = new Uint8Array(0);
  /** 1 + the place in `stadtbezirke`; 0 for none. */
  stadtbezirk = new Uint16Array(0);
  stadtbezirke: string[] = [];
  costAmount = new Float64Array(0);
  latitude = new Float64Array(0);
  longitude = new Float64Array(0);
  /** Milliseconds since the epoch. */
  firstSeen = new Float64Array(0);
  readonly #lists = new Map<string, readonly string[]>();

  /** Makes room for rowids below `length`. */
  grow(length: number): void {
    if (length <= this.length) return;
    this.status = withRoom(this.status, length, 0);
    this.canonical = withRoom(this.canonical, length, 1);
    this.level = withRoom(this.level, length, 0);
    this.stadtbezirk = withRoom(this.stadtbezirk, length, 0);
    this.costAmount = withRoom(this.costAmount, length, Number.NaN);
    this.latitude = withRoom(this.latitude, length, Number.NaN);
    this.longitude = withRoom(this.longitude, length, Number.NaN);
    this.firstSeen = withRoom(this.firstSeen, length, 0);
    this.length = length;
  }

  /** Writes a row read from the store (its rowid below `length`); it is shown as itself until duplicates say otherwise. */
  set(row: IndexRow): void {
    const r = row.rowid;
    this.ids[r] = row.id;
    this.titles[r] = row.title;
    this.titleKeys[r] = foldForSearch(row.title);
    this.keywords[r] = this.#shared(row.categories);
    this.status[r] = STATUS_CODES[row.status] ?? 0;
    this.canonical[r] = 1;
    this.level[r] = row.level === null ? 0 : LEVELS.indexOf(row.level) + 1;
    this.stadtbezirk[r] = row.stadtbezirk === null ? 0 : this.#stadtbezirkCode(row.stadtbezirk);
    this.costAmount[r] = orNaN(row.costAmount);
    this.latitude[r] = orNaN(row.latitude);
    this.longitude[r] = orNaN(row.longitude);
    this.firstSeen[r] = Date.parse(row.firstSeen);
  }

  /** Whether the row, written, would leave the offering's completions as they are: same title, keywords and withdrawal. */
  completesAlike(row: IndexRow): boolean {
    const r = row.rowid;
    return this.titles[r] === row.title && this.keywords[r] === this.#shared(row.categories) && this.withdrawn(r) === (row.status === 'WITHDRAWN');
  }

  levelOf(rowid: number): Level | null {
    const code = this.level[rowid]!;
    return code === 0 ? null : LEVELS[code - 1]!;
  }

  stadtbezirkOf(rowid: number): string | null {
    const code = this.stadtbezirk[rowid]!;
    return code === 0 ? null : this.stadtbezirke[code - 1]!;
  }

  withdrawn(rowid: number): boolean {
    return this.status[rowid] === STATUS_CODES['WITHDRAWN'];
  }

  /** What `restored` takes back: the strings as data, the columns cut to the rowids in use. */
  saved(): { data: SavedRows; arrays: Record<string, SavedArray> } {
    const lists = [...this.#lists.values()];
    const codeOf = new Map(lists.map((list, code) => [list, code]));
    const keywordLists = new Uint32Array(this.length);
    for (let rowid = 0; rowid < this.length; rowid += 1) keywordLists[rowid] = this.keywords[rowid] ? codeOf.get(this.keywords[rowid]!)! : 0;
    const cut = <T extends SavedArray>(array: T): T => array.subarray(0, this.length) as T;
    return {
      data: { ids: this.ids, titles: this.titles, titleKeys: this.titleKeys, lists, stadtbezirke: this.stadtbezirke },
      arrays: {
        keywordLists,
        status: cut(this.status),
        canonical: cut(this.canonical),
        level: cut(this.level),
        stadtbezirk: cut(this.stadtbezirk),
        costAmount: cut(this.costAmount),
        latitude: cut(this.latitude),
        longitude: cut(this.longitude),
        firstSeen: cut(this.firstSeen),
      },
    };
  }

  /** The rows `saved` gave; throws where the arrays do not fit together. */
  static restored(data: SavedRows, arrays: Record<string, SavedArray | undefined>): OfferingRows {
    const rows = new OfferingRows();
    const length = arrays['status']?.length ?? 0;
    rows.grow(length);
    for (const name of ['status', 'canonical', 'level', 'stadtbezirk', 'costAmount', 'latitude', 'longitude', 'firstSeen'] as const) {
      const array = arrays[name];
      if (array?.constructor !== rows[name].constructor || array.length !== length) throw new Error(`the column ${name} does not fit`);
      rows[name].set(array);
    }
    const keywordLists = arrays['keywordLists'];
    if (!(keywordLists instanceof Uint32Array) || keywordLists.length !== length || data.ids.length > length) throw new Error('the rows do not fit together');
    const lists = data.lists.map((list) => rows.#shared(list));
    rows.ids = data.ids;
    rows.titles = data.titles;
    rows.titleKeys = data.titleKeys;
    rows.stadtbezirke = data.stadtbezirke;
    for (let rowid = 0; rowid < length; rowid += 1) if (rows.status[rowid] !== 0) rows.keywords[rowid] = lists[keywordLists[rowid]!] ?? [];
    return rows;
  }

  #stadtbezirkCode(name: string): number {
    const at = this.stadtbezirke.indexOf(name);
    return at >= 0 ? at + 1 : this.stadtbezirke.push(name);
  }

  #shared(values: readonly string[]): readonly string[] {
    const key = values.join('\u0000');
    const known = this.#lists.get(key);
    if (known) return known;
    const list = Object.freeze([...values]);
    this.#lists.set(key, list);
    return list;
  }
}
