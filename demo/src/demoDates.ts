/** Calendar arithmetic for the demo feeds, in Leipzig's zone. */
export const DEMO_TIME_ZONE = 'Europe/Berlin';

export interface LocalDateTime {
  date: string;
  time: string;
}

/** The date in Leipzig at `now`, as YYYY-MM-DD. */
export function leipzigDateOf(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: DEMO_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function addMinutes(at: LocalDateTime, minutes: number): LocalDateTime {
  const [h, m] = at.time.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  return { date: addDays(at.date, Math.floor(total / 1440)), time: `${String(Math.floor((total % 1440) / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}` };
}

/** The UTC offset of Leipzig's zone on that local date and time, e.g. `+01:00`. */
export function berlinOffset(at: LocalDateTime): string {
  const probe = new Date(`${at.date}T${at.time}:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone: DEMO_TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(probe)
    .find((p) => p.type === 'timeZoneName')?.value;
  return name === 'GMT' ? '+00:00' : (name ?? 'GMT+01:00').replace('GMT', '');
}
