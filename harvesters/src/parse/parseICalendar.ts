import ICAL from 'ical.js';
import { zonedWallClockToInstant, type Occurrence } from '@campus/schema';
import { emptyFeedItem, type FeedItem, type ParseOptions, type ParseOutcome } from '../feedItem';
import { resolveTimeZone } from '../time/resolveTimeZone';
import { readCalendarComponents, type Component } from './readCalendarComponents';
import { repairICalendarText } from './repairICalendarText';

type Time = InstanceType<typeof ICAL.Time>;
type Event = InstanceType<typeof ICAL.Event>;

/** Recurring events are expanded at most this many steps, whatever their rule says. */
const MAX_EXPANSION_STEPS = 5000;
/** Occurrences that ended longer ago than this are history, not offerings. */
const PAST_WINDOW_DAYS = 31;

/**
 * iCalendar (RFC 5545) through ical.js: an event with its overrides of the same UID becomes one item; recurring
 * events are expanded over the horizon with EXDATE, RDATE and RECURRENCE-ID overrides applied.
 */
export function parseICalendar(text: string, options: ParseOptions): ParseOutcome {
  if (!/^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''))) {
    return { ok: false, error: 'this is not an iCalendar file: it does not begin with BEGIN:VCALENDAR' };
  }
  const repaired = repairICalendarText(text);
  const warnings = new Set<string>(repaired.warnings);
  const calendars = readCalendarComponents(repaired, warnings);
  if (!calendars) return { ok: false, error: 'the iCalendar file could not be read: it holds no calendar that begins and ends' };
  const items: FeedItem[] = [];
  let title: string | null = null;
  for (const calendar of calendars.filter((c) => c.name === 'vcalendar')) {
    title ??= stringValue(calendar.getFirstPropertyValue('x-wr-calname'));
    const calendarZone = stringValue(calendar.getFirstPropertyValue('x-wr-timezone'));
    const context: CalendarContext = {
      options,
      warnings,
      floatingZone: (calendarZone && resolveTimeZone(calendarZone)) ?? options.defaultTimeZone,
    };
    for (const [uid, group] of groupByUid(calendar.getAllSubcomponents('vevent'))) {
      for (const event of group) boundValues(event, warnings);
      const item = readOrMend(uid, group, context);
      if (item) items.push(item);
    }
  }
  return { ok: true, feed: { format: 'ICALENDAR', title, language: null, link: null, items, warnings: [...warnings] } };
}

interface CalendarContext {
  options: ParseOptions;
  warnings: Set<string>;
  /** The zone of floating times and unknown zones: X-WR-TIMEZONE, else the feed's default. */
  floatingZone: string;
}

/**
 * The events by UID, each master with the overrides (RECURRENCE-ID) of its UID. A second master
 * with the same UID is an item of its own: whether it is the same offering on another date or a
 * different one is the normaliser's to tell, by its text, not the UID's.
 */
function groupByUid(events: Component[]): [string, Component[]][] {
  const groups = new Map<string, { masters: Component[]; overrides: Component[] }>();
  events.forEach((event, index) => {
    const uid = stringValue(event.getFirstPropertyValue('uid')) ?? `#${index + 1}`;
    const group = groups.get(uid) ?? { masters: [], overrides: [] };
    (event.hasProperty('recurrence-id') ? group.overrides : group.masters).push(event);
    groups.set(uid, group);
  });
  return [...groups].flatMap(([uid, { masters, overrides }]): [string, Component[]][] => {
    const [first, ...others] = masters;
    return [[uid, first ? [first, ...overrides] : overrides], ...others.map((master): [string, Component[]] => [uid, [master]])];
  });
}

/** What may be left out of an event whose dates cannot be worked out, in this order: each costs less than losing the event. */
const MENDABLE = ['rrule', 'exdate', 'rdate', 'duration', 'dtend'] as const;

/** An event whose dates ical.js cannot work out is read again without the property to blame, said in a warning, or else skipped. */
function readOrMend(uid: string, group: Component[], context: CalendarContext): FeedItem | null {
  try {
    return readEventGroup(group, context);
  } catch (error) {
    if (error instanceof UnreadableEvent) {
      context.warnings.add(`event ${uid} could not be read (${error.message}); skipped`);
      return null;
    }
  }
  for (const property of MENDABLE) {
    if (!group.some((event) => event.hasProperty(property))) continue;
    const mended = group.map((event) => {
      const copy = new ICAL.Component(structuredClone(event.toJSON()) as never);
      copy.removeAllProperties(property);
      return copy;
    });
    try {
      const item = readEventGroup(mended, context);
      context.warnings.add(`event ${uid}: its ${property.toUpperCase()} could not be read and was left out`);
      return item;
    } catch {
      // The next property, or none.
    }
  }
  context.warnings.add(`event ${uid} could not be read (its dates could not be worked out); skipped`);
  return null;
}

/** Why an event cannot be an offering, in words for the partner. */
class UnreadableEvent extends Error {}

/** A duration past this is no course's: ical.js would work out its end day by day. */
const LONGEST_DURATION_SECONDS = 10 * 366 * 86_400;
/** A recurrence step past this is no course's: ical.js would step through it day by day. */
const LARGEST_INTERVAL = 1000;

/** Leaves out the values ical.js would loop over for hours (a DURATION of a billion weeks, an INTERVAL of a billion days), each with a warning. */
function boundValues(event: Component, warnings: Set<string>): void {
  const duration = event.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
  if (duration && !(Math.abs(duration.toSeconds()) <= LONGEST_DURATION_SECONDS)) {
    event.removeAllProperties('duration');
    warnings.add(`a DURATION longer than ten years was left out (event ${stringValue(event.getFirstPropertyValue('uid')) ?? 'without UID'})`);
  }
  for (const rule of event.getAllProperties('rrule')) {
    const recur = rule.getFirstValue() as InstanceType<typeof ICAL.Recur> | null;
    if (recur && !(recur.interval <= LARGEST_INTERVAL)) {
      event.removeProperty(rule);
      warnings.add(`an RRULE with INTERVAL=${recur.interval}, more than ${LARGEST_INTERVAL}, was left out (event ${stringValue(event.getFirstPropertyValue('uid')) ?? 'without UID'})`);
    }
  }
}

function readEventGroup(group: Component[], context: CalendarContext): FeedItem | null {
  const masters = group.filter((c) => !c.hasProperty('recurrence-id'));
  const overrides = group.filter((c) => c.hasProperty('recurrence-id'));
  const masterComponent = masters[0];
  const described = masterComponent ?? overrides[0];
  if (!described) return null;

  const item = emptyFeedItem();
  const first = eventOf(described);
  item.key = first.uid || null;
  item.title = first.summary?.trim() || null;
  item.language = stringValue(described.getFirstProperty('summary')?.getParameter('language'));
  item.content = first.description?.trim() || null;
  item.url = stringValue(described.getFirstPropertyValue('url'));
  item.categories = described
    .getAllProperties('categories')
    .flatMap((p) => p.getValues().map(String))
    .map((c) => c.trim())
    .filter(Boolean);
  item.location = readLocation(described);
  item.cancelled = isCancelled(described);

  const occurrences: Occurrence[] = [];
  const master = masterComponent ? eventOf(masterComponent) : null;
  if (master && !master.startDate) throw new UnreadableEvent('it has no DTSTART');
  const unmatched = new Map(overrides.map((o) => [recurrenceKey(o, master?.startDate.isDate ?? false, context), o]));
  if (master && masterComponent) {
    occurrences.push(...(master.isRecurring() ? expand(master, unmatched, context) : [eventOccurrence(masterComponent, context)]));
  }
  // Overrides that match no generated date (or a calendar of moved instances only) stand as dates of their own.
  for (const component of unmatched.values()) {
    if (eventOf(component).startDate) occurrences.push(eventOccurrence(component, context));
  }
  item.occurrences = occurrences.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return item;
}

/**
 * The date an override replaces, as a comparable key: a date for all-day series, else the instant.
 * Matching instants rather than ical.js's strings lets `RECURRENCE-ID:…Z` replace a date of a master
 * written with a TZID, as Google and Exchange produce.
 */
function recurrenceKey(override: Component, allDaySeries: boolean, context: CalendarContext): string {
  const property = override.getFirstProperty('recurrence-id');
  const time = property?.getFirstValue() as Time | undefined;
  if (!property || !time) return '';
  return allDaySeries ? dateValue(time) : timeKey(time, stringValue(property.getParameter('tzid')), context);
}

function timeKey(time: Time, tzid: string | null, context: CalendarContext): string {
  return time.isDate ? dateValue(time) : timeValue(time, zoneOf(time, tzid, context));
}

function expand(master: Event, overrides: Map<string, Component>, context: CalendarContext): Occurrence[] {
  const { now, horizonMonths } = context.options;
  const horizon = new Date(now);
  horizon.setUTCMonth(horizon.getUTCMonth() + horizonMonths);
  const pastLimit = new Date(now.getTime() - PAST_WINDOW_DAYS * 86_400_000).toISOString();
  const horizonLimit = horizon.toISOString();
  const masterTzid = stringValue(master.component.getFirstProperty('dtstart')?.getParameter('tzid'));
  // ical.js matches EXDATEs by wall clock; an EXDATE in UTC against a master with a TZID it cannot
  // resolve would slip through, so excluded dates are matched by instant here as well.
  const excluded = new Set(
    master.component.getAllProperties('exdate').flatMap((property) =>
      property.getValues().map((time) => timeKey(time as Time, stringValue(property.getParameter('tzid')), context)),
    ),
  );
  const kept: Occurrence[] = [];
  let lastPast: Occurrence | null = null;
  const iterator = master.iterator();
  for (let step = 0; ; step += 1) {
    if (step === MAX_EXPANSION_STEPS) {
      context.warnings.add(`event "${master.summary}" recurs more than ${MAX_EXPANSION_STEPS} times before the horizon; expansion stopped there`);
      break;
    }
    const next = iterator.next();
    if (!next) break;
    const key = timeKey(next, masterTzid, context);
    if (excluded.has(key)) continue;
    const override = overrides.get(key);
    let occurrence: Occurrence;
    if (override) {
      overrides.delete(key);
      occurrence = eventOccurrence(override, context, isCancelled(master.component));
    } else {
      const end = next.clone();
      end.addDuration(master.duration);
      occurrence = toOccurrence(master.component, next, end, isCancelled(master.component), context);
    }
    if (occurrence.start > horizonLimit) break;
    if ((occurrence.end ?? occurrence.start) >= pastLimit) kept.push(occurrence);
    else lastPast = occurrence;
  }
  // A series that is over keeps its last date, so that it shows as past rather than as undated.
  return kept.length > 0 || !lastPast ? kept : [lastPast];
}

/** The one date a single VEVENT describes. */
function eventOccurrence(component: Component, context: CalendarContext, cancelled = false): Occurrence {
  const event = eventOf(component);
  return toOccurrence(component, event.startDate, event.endDate, cancelled || isCancelled(component), context);
}

function toOccurrence(component: Component, start: Time, end: Time | null, cancelled: boolean, context: CalendarContext): Occurrence {
  const declared = stringValue(component.getFirstProperty('dtstart')?.getParameter('tzid'));
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
 * How to read a time's wall clock: UTC; a zone the platform knows (IANA, or a Windows or offset
 * name mapped to one); a zone only the file's own VTIMEZONE defines (ical.js applies it); or, for
 * floating times and unknown zones, the floating zone.
 */
type ZoneReading = { kind: 'utc'; iana: null } | { kind: 'iana'; iana: string } | { kind: 'vtimezone'; iana: null };

function zoneOf(time: Time, declaredTzid: string | null, context: CalendarContext): ZoneReading {
  if (time.zone === ICAL.Timezone.utcTimezone || time.zone?.tzid === 'UTC') return { kind: 'utc', iana: null };
  const tzid = declaredTzid ?? (time.zone && time.zone !== ICAL.Timezone.localTimezone ? time.zone.tzid : null);
  if (!tzid) return { kind: 'iana', iana: context.floatingZone };
  const iana = resolveTimeZone(tzid);
  if (iana) return { kind: 'iana', iana };
  if (time.zone && time.zone !== ICAL.Timezone.localTimezone && definesOffsets(time.zone.component)) return { kind: 'vtimezone', iana: null };
  context.warnings.add(`unknown time zone "${tzid}"; its times were read as ${context.floatingZone}`);
  return { kind: 'iana', iana: context.floatingZone };
}

function definesOffsets(vtimezone: Component | null | undefined): boolean {
  return !!vtimezone?.getAllSubcomponents().some((c) => c.hasProperty('tzoffsetto'));
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
  const hasGeo = Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude ?? 99) <= 90 && Math.abs(longitude ?? 999) <= 180;
  if (!text && !hasGeo) return null;
  return { name: text, address: null, latitude: hasGeo ? (latitude ?? null) : null, longitude: hasGeo ? (longitude ?? null) : null };
}

/**
 * An ical.js Event without its own exception lookup: ical.js would scan every VEVENT of the
 * calendar for each event (quadratic on big files), and overrides are matched here by instant anyway.
 */
function eventOf(component: Component): Event {
  return new ICAL.Event(component, { exceptions: [] });
}

function stringValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text || null;
}
