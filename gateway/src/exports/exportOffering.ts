import type { ExportOfferingsQuery } from '../generated/exportOperations';

/** An offering as the exports read it (gateway/src/exports/operations), with its provider's name. */
export type ExportOffering = Omit<ExportOfferingsQuery['offerings']['edges'][number]['node'], 'provider'> & { provider: { name: string } };

export function placeLine(offering: ExportOffering): string | null {
  const l = offering.location;
  if (!l) return offering.format === 'ONLINE' ? 'Online' : null;
  return [l.name, l.address].filter(Boolean).join(', ') || null;
}
