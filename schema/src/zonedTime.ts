/**
 * Converts a wall-clock time in an IANA zone to a UTC instant, using the platform's zone database.
 * Used where a source names a zone but carries no definition of it (a TZID without VTIMEZONE, a
 * floating time under the feed's default zone).
 */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offsets only change at transitions, which fall on quarter hours: one lookup serves each quarter. */
const QUARTER_HOUR = 15 * 60_000;
const offsetCache = new Map<string, number>();

/** The zone's offset from UTC in milliseconds at the given instant. */
function offsetAt(timeZone: string, instant: number): number {
  const key = `${timeZone}@${Math.floor(instant / QUARTER_HOUR)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size > 200_000) offsetCache.clear();
    offset = computeOffset(timeZone, Math.floor(instant / QUARTER_HOUR) * QUARTER_HOUR);
    offsetCache.set(key, offset);
  }
  return offset;
}

function computeOffset(timeZone: string, instant: number): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instant));
  const value = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(value('year'), value('month') - 1, value('day'), value('hour'), value('minute'), value('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The zone's offset from UTC in minutes at the given instant (`Europe/Berlin` in winter: 60). */
export function zoneOffsetMinutes(timeZone: string, instant: Date): number {
  return Math.round(offsetAt(timeZone, instant.getTime()) / 60_000);
}

/**
 * The instant at which clocks in `timeZone` show `wall`. In the hour skipped by a spring-forward change
 * the later offset applies; in the repeated autumn hour, the first one.
 */
export function zonedWallClockToInstant(wall: WallClock, timeZone: string): Date {
  const naive = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const firstGuess = naive - offsetAt(timeZone, naive);
  const offset = offsetAt(timeZone, firstGuess);
  const candidate = naive - offset;
  const offsetThere = offsetAt(timeZone, candidate);
  return new Date(offsetThere === offset ? candidate : naive - Math.max(offset, offsetThere));
}

/** An occurrence boundary (instant or all-day date) as a UTC instant; a date counts from midnight in `timeZone`. */
export function boundaryToInstant(value: string, timeZone: string): string {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!date) return new Date(value).toISOString();
  const wall = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), hour: 0, minute: 0, second: 0 };
  return zonedWallClockToInstant(wall, timeZone).toISOString();
}

const weekdayFormatters = new Map<string, Intl.DateTimeFormat>();

/** ISO weekday (1 Monday … 7 Sunday) and minutes after midnight of an instant, as clocks in `timeZone` show it. */
export function localWeekdayAndMinute(instant: Date, timeZone: string): { weekday: number; minute: number } {
  let formatter = weekdayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    weekdayFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const value = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return { weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(value('weekday')) + 1, minute: Number(value('hour')) * 60 + Number(value('minute')) };
}

/** What clocks in `timeZone` show at an instant. */
export function wallClockAt(instant: Date, timeZone: string): WallClock {
  const shifted = new Date(instant.getTime() + offsetAt(timeZone, instant.getTime()));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes(), second: shifted.getUTCSeconds() };
}
