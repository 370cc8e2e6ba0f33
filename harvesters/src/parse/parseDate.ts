/**
 * Reads the date formats feeds use (RFC 822 of RSS, ISO 8601 of Atom and JSON) into an instant.
 * Returns null for nonsense rather than guessing.
 */
const RFC822_ZONES: Record<string, string> = {
  UT: '+0000', GMT: '+0000', Z: '+0000',
  EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500', MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700',
  CET: '+0100', CEST: '+0200', MEZ: '+0100', MESZ: '+0200',
};

export function parseFeedDate(value: string | null): Date | null {
  if (!value) return null;
  const text = value.trim().replace(/\s+([A-Z]{1,4})$/, (_, zone: string) => ` ${RFC822_ZONES[zone] ?? zone}`);
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return year < 1970 || year > 2200 ? null : date;
}

/** An ISO 8601 local date-time without offset, e.g. `2026-12-03T18:00`. */
export function parseLocalDateTime(value: string): { year: number; month: number; day: number; hour: number; minute: number; second: number } | null {
  const match = value.trim().match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/);
  if (!match) return null;
  return {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
  };
}
