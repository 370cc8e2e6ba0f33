import { createHash } from 'node:crypto';
import { TEXT_LIMITS, type HarvestedOffering, type Occurrence } from '@campus/schema';

/**
 * Items of one feed can share a key (a feed without ids whose events all link to one page, an
 * exporter that gives every event one UID). Compared with the item that holds the key:
 * - `dates`: the same offering on other dates: its dates join the earlier one's;
 * - `repeat`: the very same item again, dates and all: nothing is lost by leaving it out;
 * - null: a different offering, to be kept apart under one of `apartKeys`.
 */
export type SharedKey = { kind: 'dates'; occurrences: Occurrence[] } | { kind: 'repeat' } | null;

/** A key too long to keep is kept as its hash, which still tells the item apart on the next harvest. */
export function keptItemKey(key: string): string {
  return key.length > TEXT_LIMITS.itemKey ? `sha256:${createHash('sha256').update(key).digest('base64url')}` : key;
}

export function compareSharedKey(earlier: HarvestedOffering, later: HarvestedOffering): SharedKey {
  if (!sameApartFromDates(earlier, later)) return null;
  const known = new Set(earlier.occurrences.map(occurrenceKey));
  const added = later.occurrences.filter((occurrence) => !known.has(occurrenceKey(occurrence)));
  if (added.length === 0) return { kind: 'repeat' };
  return { kind: 'dates', occurrences: [...earlier.occurrences, ...added].sort((a, b) => a.start.localeCompare(b.start)) };
}

/**
 * The keys a different offering sharing `key` is kept under, in the order they are tried: made from
 * its own title, then also its first date, place and text, so that each harvest gives it the same.
 */
export function apartKeys(key: string, offering: HarvestedOffering): string[] {
  const distinctions = [offering.title, `${offering.title}\n${offering.occurrences[0]?.start ?? ''}\n${offering.location?.name ?? ''}\n${offering.descriptionText ?? ''}`];
  return distinctions.map((distinction) => keptItemKey(`${key}#${createHash('sha256').update(distinction).digest('base64url').slice(0, 10)}`));
}

/** Everything that makes two items different offerings, all but their key and dates. */
function sameApartFromDates(a: HarvestedOffering, b: HarvestedOffering): boolean {
  const rest = ({ itemKey: _key, occurrences: _dates, ...fields }: HarvestedOffering) => JSON.stringify(fields);
  return rest(a) === rest(b);
}

function occurrenceKey(occurrence: Occurrence): string {
  return `${occurrence.start}/${occurrence.end ?? ''}`;
}
