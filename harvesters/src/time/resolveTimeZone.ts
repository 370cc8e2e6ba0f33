import { findIana } from 'windows-iana';
import { isKnownTimeZone } from '@campus/schema';

/**
 * Turns the zone names real calendars write into IANA zones: IANA names as they are, Windows names
 * (`W. Europe Standard Time`), Mozilla's `/mozilla.org/…/Europe/Berlin`, a doubled `TZID=` prefix,
 * and fixed-offset labels (`UTC+11`, `(GMT +01:00)`). Null when the name means nothing known.
 */
const resolved = new Map<string, string | null>();

export function resolveTimeZone(name: string): string | null {
  let zone = resolved.get(name);
  if (zone === undefined) {
    zone = resolve(name);
    resolved.set(name, zone);
  }
  return zone;
}

function resolve(name: string): string | null {
  const tzid = name.trim().replace(/^"|"$/g, '').replace(/^(TZID=)+/i, '').trim();
  if (!tzid) return null;
  if (isKnownTimeZone(tzid) && !/^[+-]/.test(tzid)) return canonical(tzid);
  const windows = findIana(tzid)?.[0];
  if (windows) return windows;
  const tail = tzid.match(/([A-Za-z_]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?)$/)?.[1];
  if (tail && isKnownTimeZone(tail)) return canonical(tail);
  const offset = tzid.match(/^\(?\s*(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)?(?:\s+.*)?$/i);
  if (offset && (offset[3] ?? '00') === '00') {
    const hours = Number(offset[2]);
    if (hours === 0) return 'UTC';
    // Etc/GMT zones count the other way round: UTC+11 is Etc/GMT-11.
    return `Etc/GMT${offset[1] === '+' ? '-' : '+'}${hours}`;
  }
  if (/^(UTC|GMT|Z)$/i.test(tzid)) return 'UTC';
  return null;
}

function canonical(zone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}
