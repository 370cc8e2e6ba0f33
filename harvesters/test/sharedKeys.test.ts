import { describe, expect, it } from 'vitest';
import { NO_FEED_DEFAULTS } from '@campus/schema';
import { readFeed } from '../src/readFeed';
import { NOW } from './readFixture';

const read = (text: string, contentType: string) => {
  const outcome = readFeed({ bytes: Buffer.from(text), contentType, format: null, feedUrl: 'https://example.org/feed', defaults: NO_FEED_DEFAULTS }, { now: NOW, defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome;
};

const event = (summary: string, day: number, extra = '') => `BEGIN:VEVENT\r\nSUMMARY:${summary}\r\nDTSTART:202611${String(day).padStart(2, '0')}T170000Z\r\nDTEND:202611${String(day).padStart(2, '0')}T190000Z\r\nURL:https://festival.example.org/\r\n${extra}END:VEVENT\r\n`;
const calendar = (...events: string[]) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Festival//DE\r\n${events.join('')}END:VCALENDAR\r\n`;

/**
 * Items that share a key (a festival calendar without UIDs whose events all link to the festival's
 * page; an exporter that gives every event one UID) are never silently dropped.
 */
describe('items sharing a key', () => {
  it('keeps different events with one link apart, and the same event on other days as its dates', () => {
    const outcome = read(calendar(event('Lesung', 2), event('Konzert', 2), event('Lesung', 3), event('Workshop KI', 4), event('Konzert', 5)), 'text/calendar');
    const byTitle = new Map(outcome.offerings.map((o) => [o.title, o]));
    expect([...byTitle.keys()].sort()).toEqual(['Konzert', 'Lesung', 'Workshop KI']);
    expect(outcome.offerings).toHaveLength(3);
    expect(byTitle.get('Lesung')?.occurrences.map((o) => o.start)).toEqual(['2026-11-02T17:00:00.000Z', '2026-11-03T17:00:00.000Z']);
    expect(byTitle.get('Konzert')?.occurrences.map((o) => o.start)).toEqual(['2026-11-02T17:00:00.000Z', '2026-11-05T17:00:00.000Z']);
    expect(new Set(outcome.offerings.map((o) => o.itemKey)).size).toBe(3);
    expect(outcome.warnings).toContain('item 2 ("Konzert"): it has the same link as item 1 ("Lesung") but is a different offering; it is kept apart');
    expect(outcome.warnings).toContain('item 3 ("Lesung"): it has the same link and text as item 1 ("Lesung"); its dates were added to that offering');
  });

  it('gives a kept-apart item the same key on every harvest, whatever else the feed holds', () => {
    const keys = (text: string) => new Map(read(text, 'text/calendar').offerings.map((o) => [o.title, o.itemKey]));
    const before = keys(calendar(event('Lesung', 2), event('Konzert', 2)));
    const after = keys(calendar(event('Lesung', 9), event('Theater', 9), event('Konzert', 10)));
    expect(after.get('Lesung')).toBe(before.get('Lesung'));
    expect(after.get('Konzert')).toBe(before.get('Konzert'));
  });

  it('keeps events an exporter gave one UID apart by their titles, and drops only a true repeat', () => {
    const uid = 'UID:same@example.org\r\n';
    const outcome = read(calendar(event('Lesung', 2, uid), event('Konzert', 3, uid), event('Lesung', 2, uid)), 'text/calendar');
    expect(outcome.offerings.map((o) => o.title)).toEqual(['Lesung', 'Konzert']);
    expect(outcome.warnings).toContain('item 3 ("Lesung"): it repeats item 1 ("Lesung") (the same id "same@example.org", text and dates); skipped');
  });

  it('keeps RSS items with one link but different titles apart', () => {
    const item = (title: string) => `<item><title>${title}</title><link>https://vhs.example.org/programm</link><description>${title} im Herbst</description></item>`;
    const outcome = read(`<?xml version="1.0"?><rss version="2.0"><channel><title>VHS</title>${item('Excel')}${item('Word')}${item('Excel')}</channel></rss>`, 'application/rss+xml');
    expect(outcome.offerings.map((o) => o.title)).toEqual(['Excel', 'Word']);
    expect(outcome.warnings.some((w) => w.startsWith('item 3 ("Excel"): it repeats item 1 ("Excel")'))).toBe(true);
  });
});
