import { zonedWallClockToInstant, type Occurrence } from '@campus/schema';
import { fixedDurationMs, parseIsoDuration } from './isoDuration';

/** schema.org's `Schedule` (also OpenActive's `PartialSchedule`), as far as the hub reads it. */
export interface Schedule {
  startDate: string | null;
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
  duration: string | null;
  repeatFrequency: string | null;
  repeatCount: number | null;
  byDay: string[];
  timeZone: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The dates a schedule describes, daily or weekly (optionally on given weekdays), from its start
 * until its end date, its repeat count or the horizon, whichever comes first; at most `limit`.
 */
export function expandSchedule(schedule: Schedule, horizon: Date, limit: number): Occurrence[] {
  const start = schedule.startDate?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!start) return [];
  const frequency = parseIsoDuration(schedule.repeatFrequency);
  const stepDays = frequency ? frequency.days + frequency.weeks * 7 : 0;
  const weekly = stepDays % 7 === 0 && stepDays > 0;
  const days = new Set(schedule.byDay.map((d) => WEEKDAYS.indexOf(d.replace(/^.*[/#:]/, '').toLowerCase())).filter((d) => d >= 0));
  const lastDate = schedule.endDate?.slice(0, 10) ?? null;
  const [startTime, endTime] = [clock(schedule.startTime), clock(schedule.endTime)];
  const durationMs = fixedDurationMs(parseIsoDuration(schedule.duration) ?? { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 });
  const occurrences: Occurrence[] = [];
  const first = Date.UTC(Number(start[1]), Number(start[2]) - 1, Number(start[3]));
  const maxDays = stepDays > 0 ? 3660 : 1;
  for (let offset = 0; offset < maxDays && occurrences.length < limit; offset += 1) {
    const day = new Date(first + offset * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    if (lastDate && date > lastDate) break;
    if (day > horizon) break;
    const onDay = days.size > 0 ? days.has(day.getUTCDay()) && (!weekly || Math.floor(offset / 7) % (stepDays / 7) === 0) : offset % Math.max(stepDays, 1) === 0;
    if (!onDay) continue;
    if (schedule.repeatCount !== null && occurrences.length >= schedule.repeatCount) break;
    occurrences.push(occurrenceOn(date, startTime, endTime, durationMs, schedule.timeZone));
  }
  return occurrences;
}

function clock(value: string | null): [number, number] | null {
  const match = value?.match(/^(\d{1,2}):(\d{2})/);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

function occurrenceOn(date: string, start: [number, number] | null, end: [number, number] | null, durationMs: number | null, timeZone: string): Occurrence {
  if (!start) return { start: date, end: null, timeZone: null, allDay: true, status: 'SCHEDULED' };
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const begin = zonedWallClockToInstant({ year, month, day, hour: start[0], minute: start[1], second: 0 }, timeZone);
  const finish = end
    ? zonedWallClockToInstant({ year, month, day, hour: end[0], minute: end[1], second: 0 }, timeZone)
    : durationMs
      ? new Date(begin.getTime() + durationMs)
      : null;
  return { start: begin.toISOString(), end: finish && finish > begin ? finish.toISOString() : null, timeZone, allDay: false, status: 'SCHEDULED' };
}
