import { describe, expect, it } from 'vitest';
import { readFixture } from './readFixture';

describe('RSS 2.0 harvesting', () => {
  const outcome = readFixture('latin1-events.rss', 'application/rss+xml');
  if (!outcome.ok) throw new Error(outcome.error);
  const [event, selfPaced] = outcome.offerings;

  it('decodes ISO-8859-1 by its XML declaration, so umlauts come out right', () => {
    expect(outcome.title).toBe('Grünauer Digitaltreff');
    expect(event?.title).toBe('Datenschutz für Vereine');
    expect(event?.location?.name).toBe('Stadtteilbibliothek Grünau');
  });

  it('reads the event module as Leipzig wall time', () => {
    expect(event?.occurrences).toEqual([
      { start: '2026-12-03T17:00:00.000Z', end: '2026-12-03T19:00:00.000Z', timeZone: 'Europe/Berlin', allDay: false, status: 'SCHEDULED' },
    ]);
    expect(event?.location).toMatchObject({ address: 'Stuttgarter Allee 25, 04209 Leipzig', postcode: '04209' });
  });

  it('prefers content:encoded, sanitises it and makes links absolute', () => {
    expect(event?.summary).toBe('Kurz: DSGVO im Verein.');
    expect(event?.description).toBe('<p>Was <b>Vereine</b> wissen müssen. <a href="https://example.org/mehr" rel="noopener nofollow">Mehr</a></p>');
    expect(event?.descriptionText).toBe('Was Vereine wissen müssen. Mehr');
    expect(event?.url).toBe('https://example.org/termine/datenschutz');
    expect(event?.languages).toEqual(['de']);
  });

  it('keeps an undated item and reads its price', () => {
    expect(selfPaced?.occurrences).toEqual([]);
    expect(selfPaced?.cost).toEqual({ kind: 'PAID', amount: 25, currency: 'EUR' });
    expect(selfPaced?.itemKey).toBe('https://example.org/termine/selbstlernen');
  });

  it('titles an item without title by its opening words, and says so', () => {
    expect(outcome.offerings[2]).toMatchObject({ title: 'An item without a title', itemKey: expect.stringMatching(/^text:/) });
    expect(outcome.warnings).toEqual([
      'item 3: it has no title; its opening words serve as one',
      'item 3: it has neither id nor link; it is known by its title and text',
    ]);
  });
});
