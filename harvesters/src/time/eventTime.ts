import { zonedWallClockToInstant, zoneOffsetMinutes, type Occurrence } from '@campus/schema';
import { parseLocalDateTime } from '../parse/parseDate';

/**
 * A point in time as the model stores it: an ISO instant, or a bare date for all-day items; with
 * the zone it was written in, where that is known.
 */
export type EventTime = { kind: 'instant'; value: string; timeZone: string | null } | { kind: 'date'; value: string; timeZone: null };

/**
 * Reads a start or end written as ISO 8601. Without an offset it is wall time in `timeZone`; with
 * one it is that instant, and `timeZone` is kept as its zone only where the offset agrees with it
 * (a Leipzig feed writing +01:00 in winter), since an offset alone names no zone. A date stays a date.
 */
export function readEventTime(value: string | null, timeZone: string): EventTime | null {
  if (!value) return null;
  // `+0100` (no colon) is common in the wild and not read by Date.parse everywhere.
  const text = value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { kind: 'date', value: text, timeZone: null };
  const offset = text.match(/(Z|([+-])(\d{2}):(\d{2}))$/i);
  if (offset) {
    const time = Date.parse(text);
    if (Number.isNaN(time)) return null;
    const instant = new Date(time);
    const minutes = offset[1]?.toUpperCase() === 'Z' ? 0 : (offset[2] === '-' ? -1 : 1) * (Number(offset[3]) * 60 + Number(offset[4]));
    return { kind: 'instant', value: instant.toISOString(), timeZone: zoneOffsetMinutes(timeZone, instant) === minutes ? timeZone : null };
  }
  const wall = parseLocalDateTime(text);
  return wall ? { kind: 'instant', value: zonedWallClockToInstant(wall, timeZone).toISOString(), timeZone } : null;
}

/**
 * One occurrence from a start and end as feeds write them; `invalid` when the start is no date, null
 * when there is none. An end before the start, or of another kind, is dropped rather than trusted.
 */
export function eventOccurrence(startText: string | null, endText: string | null, timeZone: string, cancelled = false): Occurrence | 'invalid' | null {
  if (!startText) return null;
  const start = readEventTime(startText, timeZone);
  if (!start) return 'invalid';
  const end = readEventTime(endText, timeZone);
  return {
    start: start.value,
    end: end && end.kind === start.kind && end.value > start.value ? end.value : null,
    timeZone: start.timeZone,
    allDay: start.kind === 'date',
    status: cancelled ? 'CANCELLED' : 'SCHEDULED',
  };
}
