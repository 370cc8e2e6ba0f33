import { RowSlots, withRoom } from './rowSlots';

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

/** The arrays of `DateColumns`, as saved with the index and restored. */
export interface DateArrays {
  status: Uint8Array;
  first: Uint32Array;
  last: Uint32Array;
  start: Float64Array;
  end: Float64Array;
  weekday: Uint8Array;
  minute: Int16Array;
  cancelled: Uint8Array;
}

/**
 * What every search asks of every offering (is it shown, and when does it next take place) in flat
 * typed arrays indexed by rowid. Walking 100,000 objects and their date objects costs a cache miss
 * at each step; these arrays are read in order, which is several times faster. The dates live only
 * here: the index keeps no date objects, and each refresh patches the columns with the dates it
 * read (`patch`), in time proportional to them (`RowSlots`).
 */
export class DateColumns {
  /** Per rowid: 0 unused, else a code of STATUS_CODES; records shown under another are 0 as well. */
  status: Uint8Array;
  /** Per rowid: where its dates lie in the date arrays. */
  readonly slots: RowSlots;
  start: Float64Array;
  end: Float64Array;
  weekday: Uint8Array;
  /** Minutes after midnight in Leipzig, -1 where the time is not known. */
  minute: Int16Array;
  cancelled: Uint8Array;

  constructor(arrays?: DateArrays) {
    this.status = arrays?.status ?? new Uint8Array(0);
    this.slots = new RowSlots(arrays?.first, arrays?.last);
    this.start = arrays?.start ?? new Float64Array(0);
    this.end = arrays?.end ?? new Float64Array(0);
    this.weekday = arrays?.weekday ?? new Uint8Array(0);
    this.minute = arrays?.minute ?? new Int16Array(0);
    this.cancelled = arrays?.cancelled ?? new Uint8Array(0);
    const dates = this.start.length;
    if (this.slots.first.length !== this.status.length || this.slots.end > dates || [this.end, this.weekday, this.minute, this.cancelled].some((a) => a.length !== dates)) throw new Error('the date columns do not fit together');
  }

  /** The arrays of rowids below `length`, cut to what is used. */
  saved(length: number): DateArrays {
    const used = this.slots.end;
    return {
      status: this.status.subarray(0, length),
      first: this.slots.first.subarray(0, length),
      last: this.slots.last.subarray(0, length),
      start: this.start.subarray(0, used),
      end: this.end.subarray(0, used),
      weekday: this.weekday.subarray(0, used),
      minute: this.minute.subarray(0, used),
      cancelled: this.cancelled.subarray(0, used),
    };
  }

  /** Makes room for rowids below `length`. */
  grow(length: number): void {
    this.status = withRoom(this.status, length);
    this.slots.grow(this.status.length);
  }

  /** Writes the changed rowids' status (`statusOf`) and dates (`datesOf`, what a refresh read); rowids below the grown length. */
  patch(changed: Iterable<number>, statusOf: (rowid: number) => number, datesOf: (rowid: number) => readonly ColumnDate[]): void {
    for (const rowid of changed) {
      const dates = datesOf(rowid);
      this.status[rowid] = statusOf(rowid);
      let at = this.slots.place(rowid, dates.length);
      this.#room(this.slots.end);
      for (const d of dates) {
        this.start[at] = d.start;
        this.end[at] = d.end;
        this.weekday[at] = d.weekday;
        this.minute[at] = d.minute ?? -1;
        this.cancelled[at] = d.cancelled ? 1 : 0;
        at += 1;
      }
    }
    if (this.slots.wasteful()) this.#compact();
  }

  /** Writes the status alone: a record shown in another's stead (or no longer) keeps its dates. */
  restatus(rowids: Iterable<number>, statusOf: (rowid: number) => number): void {
    for (const rowid of rowids) this.status[rowid] = statusOf(rowid);
  }

  #room(size: number): void {
    this.start = withRoom(this.start, size);
    this.end = withRoom(this.end, size);
    this.weekday = withRoom(this.weekday, size);
    this.minute = withRoom(this.minute, size);
    this.cancelled = withRoom(this.cancelled, size);
  }

  #compact(): void {
    const old = { start: this.start, end: this.end, weekday: this.weekday, minute: this.minute, cancelled: this.cancelled };
    const size = this.slots.live;
    this.start = new Float64Array(size);
    this.end = new Float64Array(size);
    this.weekday = new Uint8Array(size);
    this.minute = new Int16Array(size);
    this.cancelled = new Uint8Array(size);
    this.slots.compact((from, to, count) => {
      this.start.set(old.start.subarray(from, from + count), to);
      this.end.set(old.end.subarray(from, from + count), to);
      this.weekday.set(old.weekday.subarray(from, from + count), to);
      this.minute.set(old.minute.subarray(from, from + count), to);
      this.cancelled.set(old.cancelled.subarray(from, from + count), to);
    });
  }
}
