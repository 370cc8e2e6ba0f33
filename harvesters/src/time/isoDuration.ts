/** An ISO 8601 duration (`P6W`, `PT1H30M`, `P1DT2H`) as its parts; null when it is not one. */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

export function parseIsoDuration(value: unknown): DurationParts | null {
  if (typeof value !== 'string') return null;
  const match = value.trim().match(/^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i);
  if (!match || value.trim().toUpperCase() === 'P' || /T$/i.test(value.trim())) return null;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((n) => Number(n ?? 0)) as [number, number, number, number, number, number, number];
  return { years, months, weeks, days, hours, minutes, seconds };
}

/** Milliseconds of a duration without years or months (which have no fixed length). */
export function fixedDurationMs(parts: DurationParts): number | null {
  if (parts.years || parts.months) return null;
  return ((((parts.weeks * 7 + parts.days) * 24 + parts.hours) * 60 + parts.minutes) * 60 + parts.seconds) * 1000;
}
