import { relaidOffsets } from './rowSlots';

/** One date of an offering, as the columns keep it; instants in milliseconds. */
export interface ColumnDate {
  start: number;
  end: number;
  weekday: number;
  minute: number | null;
  cancelled: boolean;
}

/** Status codes in `DateColumns.status`: 0 is a rowid not in use. */
export const STATUS_CODES: Readonly<Record<string, number>> = { SCHEDULED: 1, CANCELLED: 2, WITHDRAWN: 3 };

/**
 * What every search asks of every offering (is it shown, and when does it next take place) in flat
 * typed arrays indexed by rowid. Walking 100,000 objects and their date objects costs a cache miss
 * at each step; these arrays are read in order, which is several times faster. The dates live only
 * here: the index keeps no date objects, and each refresh patches the columns with the dates it
 * read (`patchDateColumns`).
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

  static empty(): DateColumns {
    return new DateColumns(new Uint8Array(0), new Uint32Array(1), new Float64Array(0), new Float64Array(0), new Uint8Array(0), new Int16Array(0), new Uint8Array(0));
  }

  /** Writes one date at `at`; returns where the next goes. */
  write(at: number, d: ColumnDate): number {
    this.start[at] = d.start;
    this.end[at] = d.end;
    this.weekday[at] = d.weekday;
    this.minute[at] = d.minute ?? -1;
    this.cancelled[at] = d.cancelled ? 1 : 0;
    return at + 1;
  }

  /** Copies the dates of rowids `from` up to `to` from `source`, to `at` here; returns where the next go. */
  copy(source: DateColumns, from: number, to: number, at: number): number {
    const [a, b] = [source.first[from]!, source.first[to]!];
    this.start.set(source.start.subarray(a, b), at);
    this.end.set(source.end.subarray(a, b), at);
    this.weekday.set(source.weekday.subarray(a, b), at);
    this.minute.set(source.minute.subarray(a, b), at);
    this.cancelled.set(source.cancelled.subarray(a, b), at);
    return at + b - a;
  }
}

/**
 * The columns with the changed rowids' status (`statusOf`) and dates (`datesOf`, what a refresh
 * read) and room for rowids below `length`, in time proportional to the changes: where the changed
 * offerings keep their number of dates (an ingest mostly edits) they are written in place;
 * otherwise the arrays are copied anew around them, the unchanged runs in one copy each.
 */
export function patchDateColumns(columns: DateColumns, length: number, changed: ReadonlySet<number>, statusOf: (rowid: number) => number, datesOf: (rowid: number) => readonly ColumnDate[]): DateColumns {
  const known = columns.status.length;
  const count = (rowid: number): number => (rowid < known ? columns.first[rowid + 1]! - columns.first[rowid]! : 0);
  let inPlace = length === known;
  let dates = columns.start.length;
  for (const rowid of changed) {
    const fresh = datesOf(rowid).length;
    if (fresh !== count(rowid)) inPlace = false;
    dates += fresh - count(rowid);
  }
  if (inPlace) {
    for (const rowid of changed) {
      columns.status[rowid] = statusOf(rowid);
      let at = columns.first[rowid]!;
      for (const d of datesOf(rowid)) at = columns.write(at, d);
    }
    return columns;
  }
  const patched = new DateColumns(new Uint8Array(length), new Uint32Array(0), new Float64Array(dates), new Float64Array(dates), new Uint8Array(dates), new Int16Array(dates), new Uint8Array(dates));
  patched.status.set(columns.status.subarray(0, Math.min(known, length)));
  const first = relaidOffsets(columns.first, length, changed, (from, to, at) => patched.copy(columns, from, to, at), (rowid, at) => {
    patched.status[rowid] = statusOf(rowid);
    for (const d of datesOf(rowid)) at = patched.write(at, d);
    return at;
  });
  return new DateColumns(patched.status, first, patched.start, patched.end, patched.weekday, patched.minute, patched.cancelled);
}

/** The dates the columns hold for a rowid. */
export function datesIn(columns: DateColumns, rowid: number): ColumnDate[] {
  if (rowid >= columns.status.length) return [];
  const dates: ColumnDate[] = [];
  for (let i = columns.first[rowid]!; i < columns.first[rowid + 1]!; i += 1) {
    const minute = columns.minute[i]!;
    dates.push({ start: columns.start[i]!, end: columns.end[i]!, weekday: columns.weekday[i]!, minute: minute < 0 ? null : minute, cancelled: columns.cancelled[i] === 1 });
  }
  return dates;
}
