/** What the columns are built from: an indexed offering. */
interface DatedOffering {
  canonical: boolean;
  status: string;
  occurrences: readonly { start: number; end: number; weekday: number; minute: number | null; cancelled: boolean }[];
}

/** Status codes in `DateColumns.status`: 0 is a rowid not in use. */
export const STATUS_CODES: Readonly<Record<string, number>> = { SCHEDULED: 1, CANCELLED: 2, WITHDRAWN: 3 };

/**
 * What every search asks of every offering (is it shown, and when does it next take place) in flat
 * typed arrays indexed by rowid. Walking 100,000 objects and their date objects costs a cache miss
 * at each step; these arrays are read in order, which is several times faster. Built from the
 * index once (`of`), then patched with what each ingest changed (`patchDateColumns`).
 */
export class DateColumns {
  constructor(
    /** Per rowid: 0 unused, else a code of STATUS_CODES; records shown under another are 0 as well. */
    readonly status: Uint8Array,
    /** Per rowid: where its dates begin in the date arrays; they end where the next rowid's begin. */
    readonly first: Uint32Array,
    readonly start: Float64Array,
    readonly end: Float64Array,
    readonly weekday: Uint8Array,
    /** Minutes after midnight in Leipzig, -1 where the time is not known. */
    readonly minute: Int16Array,
    readonly cancelled: Uint8Array,
  ) {}

  static of(offerings: readonly (DatedOffering | undefined)[]): DateColumns {
    let dates = 0;
    for (const o of offerings) dates += o?.occurrences.length ?? 0;
    const columns = new DateColumns(new Uint8Array(offerings.length), new Uint32Array(offerings.length + 1), new Float64Array(dates), new Float64Array(dates), new Uint8Array(dates), new Int16Array(dates), new Uint8Array(dates));
    let at = 0;
    for (let rowid = 0; rowid < offerings.length; rowid += 1) {
      columns.first[rowid] = at;
      const o = offerings[rowid];
      if (!o) continue;
      columns.status[rowid] = statusOf(o);
      for (const d of o.occurrences) at = columns.write(at, d);
    }
    columns.first[offerings.length] = at;
    return columns;
  }

  /** Writes one date at `at`; returns where the next goes. */
  write(at: number, d: DatedOffering['occurrences'][number]): number {
    this.start[at] = d.start;
    this.end[at] = d.end;
    this.weekday[at] = d.weekday;
    this.minute[at] = d.minute ?? -1;
    this.cancelled[at] = d.cancelled ? 1 : 0;
    return at + 1;
  }
}

function statusOf(o: DatedOffering): number {
  return o.canonical ? (STATUS_CODES[o.status] ?? 0) : 0;
}

/**
 * The columns with the changed rowids' status and dates written in place: an ingest usually edits
 * offerings and keeps their number of dates, so that their slots still fit; its new offerings come
 * at the end (SQLite gives new rows the next rowids) and are added behind the rest. Null where a
 * changed offering's dates no longer fit its slot: then the columns are built anew.
 */
export function patchDateColumns(columns: DateColumns, offerings: readonly (DatedOffering | undefined)[], changed: ReadonlySet<number>): DateColumns | null {
  const known = columns.status.length;
  for (const rowid of changed) {
    if (rowid < known && (offerings[rowid]?.occurrences.length ?? 0) !== columns.first[rowid + 1]! - columns.first[rowid]!) return null;
  }
  const patched = offerings.length > known ? extended(columns, offerings, known) : columns;
  for (const rowid of changed) {
    if (rowid >= known) continue;
    const o = offerings[rowid];
    patched.status[rowid] = o ? statusOf(o) : 0;
    let at = patched.first[rowid]!;
    for (const d of o?.occurrences ?? []) at = patched.write(at, d);
  }
  return patched;
}

/** The columns of the offerings before `known` as they are, and those from it on built behind them. */
function extended(columns: DateColumns, offerings: readonly (DatedOffering | undefined)[], known: number): DateColumns {
  const tail = DateColumns.of(offerings.slice(known));
  const dates = columns.start.length;
  const first = new Uint32Array(offerings.length + 1);
  first.set(columns.first.subarray(0, known));
  for (let i = 0; i < tail.first.length; i += 1) first[known + i] = dates + tail.first[i]!;
  return new DateColumns(
    concat(Uint8Array, columns.status, tail.status),
    first,
    concat(Float64Array, columns.start, tail.start),
    concat(Float64Array, columns.end, tail.end),
    concat(Uint8Array, columns.weekday, tail.weekday),
    concat(Int16Array, columns.minute, tail.minute),
    concat(Uint8Array, columns.cancelled, tail.cancelled),
  );
}

type TypedArray = Uint8Array | Uint32Array | Int16Array | Float64Array;

/** `head` followed by `tail`, in a new array of their kind. */
export function concat<T extends TypedArray>(Kind: new (length: number) => T, head: T, tail: T): T {
  const joined = new Kind(head.length + tail.length);
  joined.set(head);
  joined.set(tail, head.length);
  return joined;
}
