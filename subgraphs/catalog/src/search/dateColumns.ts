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
 * index after each change, which harvests make a few times a day.
 */
export class DateColumns {
  /** Per rowid: 0 unused, else a code of STATUS_CODES; records shown under another are 0 as well. */
  readonly status: Uint8Array;
  /** Per rowid: where its dates begin in the date arrays; they end where the next rowid's begin. */
  readonly first: Uint32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly weekday: Uint8Array;
  /** Minutes after midnight in Leipzig, -1 where the time is not known. */
  readonly minute: Int16Array;
  readonly cancelled: Uint8Array;

  constructor(offerings: readonly (DatedOffering | undefined)[]) {
    let dates = 0;
    for (const o of offerings) dates += o?.occurrences.length ?? 0;
    this.status = new Uint8Array(offerings.length);
    this.first = new Uint32Array(offerings.length + 1);
    this.start = new Float64Array(dates);
    this.end = new Float64Array(dates);
    this.weekday = new Uint8Array(dates);
    this.minute = new Int16Array(dates);
    this.cancelled = new Uint8Array(dates);
    let at = 0;
    for (let rowid = 0; rowid < offerings.length; rowid += 1) {
      this.first[rowid] = at;
      const o = offerings[rowid];
      if (!o) continue;
      this.status[rowid] = o.canonical ? (STATUS_CODES[o.status] ?? 0) : 0;
      for (const d of o.occurrences) {
        this.start[at] = d.start;
        this.end[at] = d.end;
        this.weekday[at] = d.weekday;
        this.minute[at] = d.minute ?? -1;
        this.cancelled[at] = d.cancelled ? 1 : 0;
        at += 1;
      }
    }
    this.first[offerings.length] = at;
  }
}
