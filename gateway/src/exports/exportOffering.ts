/** An offering as the exports read it from the API. */
export interface ExportOffering {
  id: string;
  title: string;
  summary: string | null;
  descriptionText: string | null;
  url: string | null;
  languages: string[];
  type: string | null;
  format: string | null;
  cost: { kind: string; amount: number | null; currency: string | null };
  location: { name: string | null; address: string | null; postcode: string | null; locality: string | null; district: string | null; latitude: number | null; longitude: number | null } | null;
  occurrences: { start: string; end: string | null; timeZone: string | null; allDay: boolean; status: string }[];
  provider: { name: string };
  updatedAt: string;
}

export const EXPORT_FIELDS = `id title summary descriptionText url languages type format
  cost { kind amount currency }
  location { name address postcode locality district latitude longitude }
  occurrences { start end timeZone allDay status }
  provider { id } updatedAt`;

export function placeLine(offering: ExportOffering): string | null {
  const l = offering.location;
  if (!l) return offering.format === 'ONLINE' ? 'Online' : null;
  return [l.name, l.address].filter(Boolean).join(', ') || null;
}
