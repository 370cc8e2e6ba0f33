import ICAL from 'ical.js';
import { emptyFeedItem, type FeedItem, type ParseOptions, type ParseOutcome } from '../feedItem';
import { isKnownTimeZone, zonedWallClockToInstant, type Occurrence } from '@campus/schema';

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;
type Event = InstanceType<typeof ICAL.Event>;

/** Recurring events are expanded at most this many steps, whatever their rule says. */
const MAX_EXPANSION_STEPS = 5000;
/** Occurrences that ended longer ago than this are history, not offerings. */
const PAST_WINDOW_DAYS = 31;

/**
 * iCalendar (RFC 5545) through ical.js: every VEVENT with the same UID becomes one item; recurring
 * events are expanded over the horizon with EXDATE, RDATE and RECURRENCE-ID overrides applied.
 */
export function parseICalendar(text: string, options: ParseOptions): ParseOutcome {
  let calendars: Component[];
  try {
    const jcal = ICAL.parse(text) as unknown[];
    const roots = (typeof jcal[0] === 'string' ? [jcal] : jcal) as unknown[][];
    calendars = roots.map((root) => new ICAL.Component(root as never));
  } catch (error) {
    return { ok: false, error: `the iCalendar file is not well-formed: ${(error as Error).message}` };
  }
  if (!calendars.some((c) => c.name === 'vcalendar')) {
    return { ok: false, error: 'this is not an iCalendar file: no VCALENDAR component' };
  }

  const warnings: string[] = [];
  const items: FeedItem[] = [];
  let title: string | null = null;
  for (const calendar of calendars) {
    title ??= stringValue(calendar.getFirstPropertyValue('x-wr-calname'));
    const calendarZone = stringValue(calendar.getFirstPropertyValue('x-wr-timezone'));
    const context: CalendarContext = {
      options,
      warnings,
      floatingZone: calendarZone && isKnownTimeZone(calendarZone) ? calendarZone : options.defaultTimeZone,
    };
    for (const group of groupByUid(calendar.getAllSubcomponents('vevent')).values()) {
      const item = readEventGroup(group, context);
      if (item) items.push(item);
    }
  }
  return { ok: true, feed: { format: 'ICALENDAR', title, language: null, link: null, items, warnings } };
}

interface CalendarContext {
  options: ParseOptions;
  warnings: string[];
  /** The zone of times without TZID: X-WR-TIMEZONE, else the hub's default. */
  floatingZone: string;
}

function groupByUid(events: Component[]): Map<string, Component[]> {
  const groups = new Map<string, Component[]>();
  events.forEach((event, index) => {
    const uid = stringValue(event.getFirstPropertyValue('uid')) ?? `#${index}`;
    groups.set(uid, [...(groups.get(uid) ?? []), event]);
  });
  return groups;
}

function readEventGroup(group: Component[], context: CalendarContext): FeedItem | null {
  const masterComponent = group.find((c) => !c.hasProperty('recurrence-id')) ?? group[0];
  if (!masterComponent) return null;
  const master = new ICAL.Event(masterComponent, { strictExceptions: false });
  for (const exception of group) {
    if (exception !== masterComponent && exception.hasProperty('recurrence-id')) {
      master.relateException(new ICAL.Event(exception));
    }
  }
  if (!master.startDate) {
    context.warnings.push(`event "${master.summary ?? master.uid}" has no DTSTART and was skipped`);
    return null;
  }

  const item = emptyFeedItem();
  item.key = master.uid || null;
  item.title = master.summary?.trim() || null;
  item.language = stringValue(masterComponent.getFirstProperty('summary')?.getParameter('language'));
  item.content = master.description?.trim() || null;
  item.url = stringValue(masterComponent.getFirstPropertyValue('url'));
  item.categories = masterComponent
    .getAllProperties('categories')
    .flatMap((p) => p.getValues().map(String))
    .map((c) => c.trim())
    .filter(Boolean);
  item.cancelled = isCancelled(masterComponent);
  item.location = readLocation(masterComponent);
  item.occurrences = master.isRecurring() ? expand(master, context) : [toOccurrence(master, master.startDate, master.endDate, item.cancelled, context)];
  return item;
}

function expand(master: Event, context: CalendarContext): Occurrence[] {
  const { now, horizonMonths } = context.options;
  const horizon = new Date(now);
  horizon.setUTCMonth(horizon.getUTCMonth() + horizonMonths);
  const pastLimit = new Date(now.getTime() - PAST_WINDOW_DAYS * 86_400_000).toISOString();
  const horizonLimit = horizon.toISOString();
  const occurrences: Occurrence[] = [];
  const iterator = master.iterator();
  for (let step = 0; step < MAX_EXPANSION_STEPS; step += 1) {
    const next = iterator.next();
    if (!next) return occurrences;
    const details = master.getOccurrenceDetails(next);
    const cancelled = isCancelled(details.item.component) || isCancelled(master.component);
    const occurrence = toOccurrence(details.item, details.startDate, details.endDate, cancelled, context);
    if (occurrence.start > horizonLimit) return occurrences;
    if ((occurrence.end ?? occurrence.start) >= pastLimit) occurrences.push(occurrence);
  }
  context.warnings.push(`event "${master.summary}" recurs more than ${MAX_EXPANSION_STEPS} times before the horizon; expansion stopped there`);
  return occurrences;
}

function toOccurrence(event: Event, start: Time, end: Time | null, cancelled: boolean, context: CalendarContext): Occurrence {
  const declared = stringValue(event.component.getFirstProperty('dtstart')?.getParameter('tzid'));
  const zone = zoneOf(start, declared, context);
  const startValue = timeValue(start, zone);
  let endValue = end ? timeValue(end, zone) : null;
  if (start.isDate && end?.isDate) {
    // iCalendar's DTEND of an all-day event is exclusive; the model keeps the last day itself.
    const last = end.clone();
    last.adjust(-1, 0, 0, 0);
    endValue = last.compare(start) > 0 ? dateValue(last) : null;
  }
  if (endValue !== null && endValue <= startValue) endValue = null;
  return {
    start: startValue,
    end: endValue,
    timeZone: start.isDate ? null : (zone.iana ?? context.floatingZone),
    allDay: start.isDate,
    status: cancelled ? 'CANCELLED' : 'SCHEDULED',
  };
}

/**
 * How to read a time's wall clock: UTC; an IANA zone the platform knows; a zone only the file's own
 * VTIMEZONE defines (ical.js applies it); or, for floating times and unknown TZIDs, the floating zone.
 */
type ZoneReading = { kind: 'utc'; iana: string | null } | { kind: 'iana'; iana: string } | { kind: 'vtimezone'; iana: null };

function zoneOf(time: Time, declaredTzid: string | null, context: CalendarContext): ZoneReading {
  if (time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === 'UTC') return { kind: 'utc', iana: null };
  const tzid = declaredTzid ?? (time.zone && time.zone !== ICAL.Timezone.localTimezone ? time.zone.tzid : null);
  if (tzid) {
    if (isKnownTimeZone(tzid)) return { kind: 'iana', iana: tzid };
    if (time.zone && time.zone !== ICAL.Timezone.localTimezone) return { kind: 'vtimezone', iana: null };
    context.warnings.push(`unknown time zone "${tzid}" without a VTIMEZONE; read as ${context.floatingZone}`);
  }
  return { kind: 'iana', iana: context.floatingZone };
}

function timeValue(time: Time, zone: ZoneReading): string {
  if (time.isDate) return dateValue(time);
  const wall = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
  switch (zone.kind) {
    case 'utc':
      return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)).toISOString();
    case 'vtimezone':
      return new Date(time.toUnixTime() * 1000).toISOString();
    case 'iana':
      return zonedWallClockToInstant(wall, zone.iana).toISOString();
  }
}

function dateValue(time: Time): string {
  return `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}

function isCancelled(component: Component): boolean {
  return stringValue(component.getFirstPropertyValue('status'))?.toUpperCase() === 'CANCELLED';
}

function readLocation(component: Component): FeedItem['location'] {
  const text = stringValue(component.getFirstPropertyValue('location'));
  const geo = component.getFirstPropertyValue('geo');
  const [latitude, longitude] = Array.isArray(geo) ? geo.map(Number) : [];
  const hasGeo = Number.isFinite(latitude) && Number.isFinite(longitude);
  if (!text && !hasGeo) return null;
  return { name: text, address: null, latitude: hasGeo ? (latitude ?? null) : null, longitude: hasGeo ? (longitude ?? null) : null };
}

function stringValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text || null;
}
