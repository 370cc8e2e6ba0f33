import type { HarvestedOffering } from '@campus/schema';
import type { CatalogStore } from '../src/db/catalogStore';
import { FACETS } from '../src/search/facetColumns';
import type { SearchIndex } from '../src/search/searchIndex';
import { searchOfferings, type OfferingSearch } from '../src/search/searchOfferings';
import { at, offering } from './catalogFixture';

const TOPICS = ['SAFETY', 'COMMUNICATION_COLLABORATION', 'DIGITAL_CONTENT_CREATION'] as const;
const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;

/** Course `i` as its `edition`-th harvest gives it: titles, topics, formats and dates change from one to the next. */
export function course(i: number, edition: number, dates = 2): HarvestedOffering {
  return offering(`k${i}`, {
    title: `Kurs ${i} Datenschutz${edition} Werkstatt`,
    descriptionText: `Ausgabe ${edition}: Tabellenkalkulation${i % 3} und Bildbearbeitung`,
    // From the third edition on, every fourth has two topics: a facet's number of values changes.
    topics: edition >= 3 && i % 4 === 0 ? [TOPICS[0], TOPICS[1]] : [TOPICS[(i + edition) % 3]!],
    format: FORMATS[(i + edition) % 3]!,
    categories: [`Kategorie${edition}`],
    occurrences: Array.from({ length: dates }, (_, d) => at(`2027-0${(d % 9) + 1}-1${i % 10}T18:00:00+01:00`)),
  });
}

/** A feed's courses at one edition: how many, and how many dates each, vary with it. */
export function courses(edition: number): HarvestedOffering[] {
  return Array.from({ length: 30 + (edition % 4) * 10 }, (_, i) => course(i, edition, (i + edition) % 5 === 0 ? 0 : 1 + ((i + edition) % 3)));
}

const SEARCHES: Omit<OfferingSearch, 'now'>[] = [
  { search: null, filter: {}, sort: null, first: 100, after: null, facets: [...FACETS] },
  { search: 'Datenschutz', filter: { formats: ['ONLINE', 'HYBRID'] }, sort: null, first: 100, after: null, facets: ['topics', 'formats'] },
  { search: 'schutz2', filter: { topics: ['SAFETY'] }, sort: null, first: 100, after: null, facets: ['formats'] },
  { search: 'kalkulation1', filter: { includeWithdrawn: true }, sort: 'NEXT_START', first: 100, after: null, facets: ['topics'] },
];

/** What a search finds with `index`: the same for an index caught up and one built from scratch. */
export async function results(store: CatalogStore, index: SearchIndex) {
  const answers = [];
  for (const query of SEARCHES) {
    const result = await searchOfferings(store, index, { ...query, now: new Date('2026-12-01T00:00:00Z') });
    answers.push({ ids: result.hits.map((hit) => hit.id), total: result.totalCount, facets: result.facets });
  }
  return answers;
}

