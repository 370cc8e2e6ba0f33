import type { HarvestedOffering } from '@campus/schema';

/**
 * What a reading that yields nothing a learner could use says first, and why: a partner must see
 * at once that the feed needs fixing, not find it among the warnings. Null when there is.
 */
export function nothingUsable(itemCount: number, offerings: readonly HarvestedOffering[], now: Date): string | null {
  if (itemCount === 0) return 'nothing usable was found: the feed holds no items';
  if (offerings.length === 0) return `nothing usable was found: none of its ${itemCount} items could be read (the warnings say why)`;
  const at = now.toISOString();
  // An offering without dates (self-paced, or dates not given) may still be taken up.
  const ahead = offerings.some((offering) => offering.occurrences.length === 0 || offering.occurrences.some((o) => endOf(o) >= at));
  return ahead ? null : `nothing upcoming was found: all ${offerings.length} offerings lie in the past`;
}

/** Comparable with an ISO instant: a date-only end counts to the end of its day. */
function endOf(occurrence: HarvestedOffering['occurrences'][number]): string {
  const end = occurrence.end ?? occurrence.start;
  return end.length === 10 ? `${end}T23:59:59.999Z` : end;
}
