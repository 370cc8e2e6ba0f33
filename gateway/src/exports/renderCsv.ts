import { stringify } from 'csv-stringify/sync';
import { placeLine, type ExportOffering } from './exportOffering';

const COLUMNS = ['id', 'title', 'provider', 'next_start', 'next_end', 'dates', 'type', 'format', 'cost', 'amount', 'currency', 'languages', 'district', 'place', 'url'];

/**
 * A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage return at
 * its start) gets a leading apostrophe, as OWASP recommends against CSV injection: partners write
 * the titles and places, and a city clerk opens the file.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One row per offering, its next date and how many it has, for spreadsheets. */
export function renderCsv(offerings: readonly ExportOffering[]): string {
  return stringify(
    offerings.map((o) => {
      const next = o.occurrences.find((d) => d.status !== 'CANCELLED');
      return [o.id, o.title, o.provider.name, next?.start ?? '', next?.end ?? '', o.occurrences.length, o.type ?? '', o.format ?? '', o.cost.kind, o.cost.amount ?? '', o.cost.currency ?? '', o.languages.join(' '), o.location?.district ?? '', placeLine(o) ?? '', o.url ?? ''];
    }),
    { header: true, columns: COLUMNS, bom: true, quoted_string: true, cast: { string: neutraliseCell } },
  );
}
