import { describe, expect, it } from 'vitest';
import { readFixture } from './readFixture';

describe('JSON Feed harvesting', () => {
  const outcome = readFixture('course-feed.json', 'application/feed+json');
  if (!outcome.ok) throw new Error(outcome.error);

  it('reads the _event extension across the spring-forward night', () => {
    expect(outcome.format).toBe('JSONFEED');
    expect(outcome.offerings[0]).toMatchObject({
      itemKey: 'a1',
      languages: ['en'],
      cost: { kind: 'FREE' },
      occurrences: [{ start: '2026-03-29T00:30:00.000Z', end: '2026-03-29T02:00:00.000Z', timeZone: 'Europe/Berlin', allDay: false, status: 'SCHEDULED' }],
      location: { name: 'Rathaus', postcode: '04109', locality: 'Leipzig' },
    });
  });

  it('accepts numeric ids and plain-text content', () => {
    expect(outcome.offerings[1]).toMatchObject({ itemKey: '2', descriptionText: 'Plain text only.', description: '<p>Plain text only.</p>', occurrences: [] });
  });

  it('warns about a nonsense date instead of inventing one', () => {
    expect(outcome.offerings[2]?.occurrences).toEqual([]);
    expect(outcome.warnings).toContain('item 3 ("Nonsense date"): _event.start is not a date; the item has no dates');
  });

  it('says why a JSON document is not a feed', () => {
    const notFeed = readFixture('course-feed.json', null, 'RSS');
    expect(notFeed.ok ? '' : notFeed.error).toMatch(/not an RSS 2.0 feed|not well-formed/);
  });
});
