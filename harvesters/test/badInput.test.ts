import { describe, expect, it } from 'vitest';
import { readFeed } from '../src/readFeed';
import { NO_FEED_DEFAULTS } from '@campus/schema';

function read(text: string, contentType: string | null = null) {
  return readFeed(
    { bytes: Buffer.from(text), contentType, format: null, feedUrl: 'https://feeds.example.org/feed', defaults: NO_FEED_DEFAULTS },
    { now: new Date('2026-11-29T00:00:00Z'), defaultTimeZone: 'Europe/Berlin', horizonMonths: 12 },
  );
}

describe('bad input gets a clear answer and nothing crashes', () => {
  it('refuses an XXE payload without reading the file it names', () => {
    const outcome = read('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&xxe;</title></item></channel></rss>');
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/entities.*XXE/) });
  });

  it('refuses a billion-laughs payload at once', () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const started = performance.now();
    const outcome = read(`<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]><rss><channel><item><title>&lol9;</title></item></channel></rss>`);
    expect(outcome.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads the complete items of a truncated feed and warns that it is cut off', () => {
    const outcome = read('<rss version="2.0"><channel><item><title>Ganz</title><guid>1</guid></item><item><title>Halb');
    expect(outcome.ok && outcome.offerings.map((o) => o.title)).toEqual(['Ganz']);
    expect(outcome.warnings.join(' ')).toMatch(/cut off/);
  });

  it('reads XML that is not well-formed as far as it goes, and says where it is broken', () => {
    const outcome = read('<rss><channel><item><title>a</titel><guid>1</guid></item></channel></rss>');
    expect(outcome.ok && outcome.offerings.map((o) => o.title)).toEqual(['a']);
    expect(outcome.warnings).toEqual([expect.stringMatching(/^the XML is not well-formed \(line 1, column 29: Expected closing tag 'title'/)]);
  });

  it('warns about nonsense dates instead of inventing them', () => {
    const outcome = read('<rss xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel><item><title>Kurs</title><guid>k</guid><ev:startdate>nächsten Dienstag</ev:startdate></item></channel></rss>');
    expect(outcome.ok && outcome.offerings[0]?.occurrences).toEqual([]);
    expect(outcome.warnings).toEqual(['item 1 ("Kurs"): ev:startdate is not a date; the item has no dates']);
  });

  it('expands a rule without end only up to the horizon', () => {
    const outcome = read('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:w\r\nSUMMARY:Jede Woche\r\nDTSTART;TZID=Europe/Berlin:20261201T180000\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    expect(outcome.ok && outcome.offerings[0]?.occurrences.length).toBe(52);
  });

  it('names what it found when a text is no feed at all', () => {
    expect(read('just some words')).toMatchObject({ ok: false, error: expect.stringMatching(/unable to detect the feed format/) });
    expect(read('{"hello": "world"}')).toMatchObject({ ok: false, error: expect.stringMatching(/unable to detect/) });
    expect(read('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\nEND:VEVENT\r\nEND:VCALENDAR')).toMatchObject({ ok: true, warnings: [expect.stringMatching(/could not be read/)] });
  });
});
