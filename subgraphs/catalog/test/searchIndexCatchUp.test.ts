import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { HarvestedOffering } from '@campus/schema';
import { openCatalogDatabase } from '../src/db/openCatalogDatabase';
import { catalogIngest } from '../src/ingest/applyFeedSnapshot';
import { FACETS } from '../src/search/facetColumns';
import { SearchIndex } from '../src/search/searchIndex';
import { searchOfferings, type OfferingSearch } from '../src/search/searchOfferings';
import { at, offering } from './catalogFixture';

const dataDir = mkdtempSync(join(tmpdir(), 'catch-up-'));
const database = openCatalogDatabase(dataDir);
const ingest = catalogIngest(database);
afterAll(() => {
  database.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const TOPICS = ['SAFETY', 'COMMUNICATION_COLLABORATION', 'DIGITAL_CONTENT_CREATION'] as const;
const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;

function course(i: number, edition: number, dates = 2): HarvestedOffering {
  return offering(`k${i}`, {
    title: `Kurs ${i} Datenschutz${edition} Werkstatt`,
    descriptionText: `Ausgabe ${edition}: Tabellenkalkulation${i % 3} und Bildbearbeitung`,
    topics: [TOPICS[(i + edition) % 3]!],
    format: FORMATS[(i + edition) % 3]!,
    categories: [`Kategorie${edition}`],
    occurrences: Array.from({ length: dates }, (_, d) => at(`2027-0${(d % 9) + 1}-1${i % 10}T18:00:00+01:00`)),
  });
}

const harvestedAt = new Date('2026-11-29T08:00:00Z');
const snapshot = (feedId: string, offerings: HarvestedOffering[]) => ingest.applyFeedSnapshot({ feedId, providerId: 'uni', feedUrl: `https://feeds.example/${feedId}`, harvestedAt, offerings });

const SEARCHES: Omit<OfferingSearch, 'now'>[] = [
  { search: null, filter: {}, sort: null, first: 100, after: null, facets: [...FACETS] },
  { search: 'Datenschutz', filter: { formats: ['ONLINE', 'HYBRID'] }, sort: null, first: 100, after: null, facets: ['topics', 'formats'] },
  { search: 'schutz2', filter: { topics: ['SAFETY'] }, sort: null, first: 100, after: null, facets: ['formats'] },
  { search: 'kalkulation1', filter: { includeWithdrawn: true }, sort: 'NEXT_START', first: 100, after: null, facets: ['topics'] },
];

/** What a search finds with `index`: the same for an index caught up and one built from scratch. */
function results(index: SearchIndex) {
  return SEARCHES.map((query) => {
    const result = searchOfferings(database, index, { ...query, now: new Date('2026-12-01T00:00:00Z') });
    return { ids: result.hits.map((hit) => hit.id), total: result.totalCount, facets: result.facets };
  });
}

describe('the search index after an ingest', () => {
  it('is caught up by what changed and finds what one built anew finds: edits, new and withdrawn offerings, new dates, duplicates', () => {
    snapshot('a', Array.from({ length: 40 }, (_, i) => course(i, 1)));
    const caughtUp = new SearchIndex(database);
    expect(results(caughtUp)[0]!.total).toBe(40);
    const steps: [string, () => void][] = [
      ['edits that keep the number of dates', () => snapshot('a', Array.from({ length: 40 }, (_, i) => course(i, 2)))],
      ['new offerings behind the others', () => snapshot('a', Array.from({ length: 55 }, (_, i) => course(i, 2)))],
      ['more dates for some', () => snapshot('a', Array.from({ length: 55 }, (_, i) => course(i, 2, i % 7 === 0 ? 4 : 2)))],
      ['withdrawals', () => snapshot('a', Array.from({ length: 30 }, (_, i) => course(i, 3, i % 7 === 0 ? 4 : 2)))],
      ['the same offering in another feed', () => snapshot('b', [course(3, 3, 4), course(99, 3)])],
    ];
    for (const [step, change] of steps) {
      change();
      expect(results(caughtUp), step).toEqual(results(new SearchIndex(database)));
    }
    const fresh = new SearchIndex(database);
    fresh.refresh();
    // Every word the index has, the caught-up vocabulary has too (it may keep words since removed).
    expect(caughtUp.lexicon().words()).toEqual(expect.arrayContaining([...fresh.lexicon().words()]));
    expect(caughtUp.lexicon().words()).toContain('datenschutz3');
  });
});
