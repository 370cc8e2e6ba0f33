import { createHash } from 'node:crypto';

/**
 * An offering's id, derived from its feed and its key in that feed, so that a re-harvest updates
 * the same record and ids survive restarts and re-imports.
 */
export function offeringIdFor(feedId: string, itemKey: string): string {
  const digest = createHash('sha256').update(`${feedId}\n${itemKey}`).digest('base64url');
  return `off_${digest.slice(0, 22)}`;
}
