import { parseLocalDateTime } from '../parse/parseDate';
import { zonedWallClockToInstant } from '@campus/schema';

/** A point in time as the model stores it: an ISO instant, or a bare date for all-day items. */
export type EventTime = { kind: 'instant'; value: string } | { kind: 'date'; value: string };

/**
 * Reads a start or end written as ISO 8601: with an offset it is an instant, without one it is wall
 * time in `timeZone`, and a bare date stays a date.
 */
export function readEventTime(value: string | null, timeZone: string): EventTime | null {
  if (!value) return null;
  // `+0100` (no colon) is common in the wild and not read by Date.parse everywhere.
  const text = value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { kind: 'date', value: text };
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const time = Date.parse(text);
    return Number.isNaN(time) ? null : { kind: 'instant', value: new Date(time).toISOString() };
  }
  const wall = parseLocalDateTime(text);
  return wall ? { kind: 'instant', value: zonedWallClockToInstant(wall, timeZone).toISOString() } : null;
}
