import { describe, expect, it } from 'vitest';
import { readFeed } from '../src/readFeed';
import { NOW, readFixture } from './readFixture';
import { NO_FEED_DEFAULTS } from '@campus/schema';

describe('iCalendar harvesting', () => {
  const outcome = readFixture('weekly-course.ics', 'text/calendar');
  if (!outcome.ok) throw new Error(outcome.error);
  const byKey = new Map(outcome.offerings.map((o) => [o.itemKey, o]));

  it('expands a weekly course with EXDATE, a moved and a cancelled date, in Leipzig time', () => {
    const course = byKey.get('weekly-1@test');
    expect(course?.title).toBe('Python für Anfänger');
    expect(course?.occurrences.map((o) => [o.start, o.status])).toEqual([
      ['2026-10-05T16:00:00.000Z', 'SCHEDULED'],
      ['2026-10-12T16:00:00.000Z', 'SCHEDULED'],
      // 19 October is an EXDATE; 26 October moved to Tuesday 27th, after the switch to winter time.
      ['2026-10-27T16:00:00.000Z', 'SCHEDULED'],
      ['2026-11-02T17:00:00.000Z', 'CANCELLED'],
      ['2026-11-09T17:00:00.000Z', 'SCHEDULED'],
    ]);
    expect(course?.occurrences[0]).toMatchObject({ end: '2026-10-05T17:30:00.000Z', timeZone: 'Europe/Berlin', allDay: false });
  });

  it('reads place, coordinates, categories and link', () => {
    const course = byKey.get('weekly-1@test');
    expect(course?.location).toMatchObject({ name: 'VHS Leipzig', address: 'Löhrstraße 3-7, 04105 Leipzig', postcode: '04105', latitude: 51.3478, longitude: 12.3749 });
    expect(course?.categories).toEqual(['Programmieren', 'EDV']);
    expect(course?.url).toBe('https://example.org/kurse/python');
    expect(course?.descriptionText).toBe('Ein Kurs über sechs Wochen, montags.');
    expect(course?.format).toBe('IN_PERSON');
  });

  it('keeps all-day events as dates with an inclusive last day', () => {
    expect(byKey.get('allday-2@test')?.occurrences).toEqual([{ start: '2026-12-12', end: '2026-12-13', timeZone: null, allDay: true, status: 'SCHEDULED' }]);
  });

  it('expands a rule without end only up to the horizon', () => {
    const daily = byKey.get('endless-3@test');
    expect(daily?.occurrences.length).toBeGreaterThan(360);
    expect(daily?.occurrences.at(-1)?.start.slice(0, 10) ?? '').toBe('2027-09-30');
    expect(daily?.occurrences[0]?.end).toBe('2026-10-01T09:00:00.000Z');
  });

  it('unfolds lines folded with a tab and reads several calendars in one file', () => {
    const text = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Lange Zeile mit \r\n\tTabulator gefaltet\r\nDTSTART:20270101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'
      + 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Zweiter Kalender\r\nDTSTART:20270102T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const read = readFeed({ bytes: Buffer.from(text), contentType: 'text/calendar', format: null, feedUrl: null, defaults: NO_FEED_DEFAULTS }, { now: NOW, defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 });
    expect(read.ok && read.offerings.map((o) => o.title)).toEqual(['Lange Zeile mit Tabulator gefaltet', 'Zweiter Kalender']);
  });

  it('explains a file that is not an iCalendar', () => {
    const broken = readFixture('latin1-events.rss', null, 'ICALENDAR');
    expect(broken).toMatchObject({ ok: false });
    expect(broken.ok ? '' : broken.error).toMatch(/iCalendar/);
  });
});

describe('iCalendar values ical.js cannot read', () => {
  const calendar = (...event: string[]): Uint8Array =>
    new TextEncoder().encode(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test', 'BEGIN:VEVENT', 'UID:a', 'SUMMARY:Kurs', 'DTSTART:20270105T100000Z', ...event, 'END:VEVENT', 'BEGIN:VEVENT', 'UID:b', 'SUMMARY:Vortrag', 'DTSTART:20270106T100000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'));
  const read = (bytes: Uint8Array) => readFeed({ bytes, contentType: 'text/calendar', format: null, feedUrl: null, defaults: NO_FEED_DEFAULTS }, { now: NOW, defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 });

  // Both once kept ical.js working out dates for hours, on the dry run's thread too.
  it.each([['DURATION:P999999999999999999W'], ['RRULE:FREQ=DAILY;INTERVAL=999999999999']])('leaves out %s with a warning and keeps the event', (line) => {
    const outcome = read(calendar(line));
    expect(outcome.ok && outcome.offerings.map((o) => o.title)).toEqual(['Kurs', 'Vortrag']);
    expect(outcome.warnings.some((w) => /was left out/.test(w))).toBe(true);
  });

  it.each([
    ['RRULE:FREQ=SOMETIMES', 'RRULE'],
    ['ORGANIZER;CN=Sixt SE', 'ORGANIZER'],
  ])('reads the rest of a file with %s, naming its line', (line, name) => {
    const outcome = read(calendar(line));
    expect(outcome.ok && outcome.offerings.map((o) => o.title)).toEqual(['Kurs', 'Vortrag']);
    expect(outcome.warnings).toContain(`line 8 (${name}) of the VEVENT at line 4 could not be read and was left out`);
    expect(outcome.warnings.join(' ')).not.toMatch(/undefined|Cannot read|expected:/);
  });

  it('keeps an event whose RRULE is empty, without its rule', () => {
    const outcome = read(calendar('RRULE:'));
    expect(outcome.ok && outcome.offerings.map((o) => o.title)).toEqual(['Kurs', 'Vortrag']);
    expect(outcome.warnings.join(' ')).not.toMatch(/Cannot read/);
  });

  it('reads RDATE periods whatever the order of their parameters, and ignores text after the calendar', () => {
    const bytes = new TextEncoder().encode(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test', 'BEGIN:VEVENT', 'UID:a', 'SUMMARY:Kurs', 'DTSTART;TZID=Europe/Berlin:20270105T100000', 'RDATE;TZID=Europe/Berlin;VALUE=PERIOD:20270112T100000/20270112T120000,', ' 20270119T100000/PT2H', 'END:VEVENT', 'END:VCALENDAR', 'X-COMMENT:cached', ''].join('\r\n'));
    const outcome = read(bytes);
    expect(outcome.ok && outcome.offerings[0]!.occurrences.map((o) => o.start)).toEqual(expect.arrayContaining(['2027-01-12T09:00:00.000Z', '2027-01-19T09:00:00.000Z']));
    expect(outcome.warnings).toContain("the text after the calendar's end (line 12) was ignored");
  });
});

describe('a calendar of many unreadable events', () => {
  it('is read in bounded time, its readable events kept', () => {
    const broken = Array.from({ length: 3000 }, (_, i) => ['BEGIN:VEVENT', `UID:x${i}`, 'SUMMARY:Kaputt', 'DTSTART:20270105T100000Z', ...Array.from({ length: 30 }, (_, j) => `X-NOTE-${j}:${j}`), 'RRULE:FREQ=SOMETIMES', 'END:VEVENT']).flat();
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:test', 'BEGIN:VEVENT', 'UID:a', 'SUMMARY:Kurs', 'DTSTART:20270105T100000Z', 'END:VEVENT', ...broken, 'END:VCALENDAR', ''].join('\r\n');
    const outcome = readFeed({ bytes: new TextEncoder().encode(text), contentType: 'text/calendar', format: null, feedUrl: null, defaults: NO_FEED_DEFAULTS }, { now: NOW, defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 });
    // Without the bound, each broken event is read some 30 times more: 90,000 reads.
    expect(outcome.ok && outcome.offerings.some((o) => o.title === 'Kurs')).toBe(true);
    expect(outcome.warnings.some((w) => /^line \d+ \(RRULE\) of the VEVENT at line 9 could not be read and was left out$/.test(w))).toBe(true);
    expect(outcome.warnings.some((w) => /^the VEVENT at line \d+ could not be read and was left out$/.test(w))).toBe(true);
  });
});
