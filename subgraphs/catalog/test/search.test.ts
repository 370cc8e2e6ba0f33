import type { GraphQLObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, CATALOG_STORAGES, catalogFixture, offering, type CatalogFixture } from './catalogFixture';

let fixture: CatalogFixture;
const NOW = Date.now();
const day = (n: number, hour = 18): string => {
  const date = new Date(NOW + n * 86_400_000);
  date.setUTCHours(hour - 1, 0, 0, 0);
  return date.toISOString();
};

type Page = { offerings: { totalCount: number; edges: { cursor: string; snippet: string | null; node: { title: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };

async function titles(search: string | null, filter: Record<string, unknown> = {}, sort: string | null = null): Promise<string[]> {
  const result = await fixture.query<Page>(
    `query($search: String, $filter: OfferingFilter, $sort: OfferingSort) { offerings(search: $search, filter: $filter, sort: $sort, first: 100) { totalCount edges { node { title } } } }`,
    { search, filter, sort },
  );
  if (result.errors) throw new Error(result.errors[0]!.message);
  return result.data!.offerings.edges.map((e) => e.node.title);
}

describe.each(CATALOG_STORAGES)('on $name', (storage) => {
  beforeAll(async () => {
    fixture = await catalogFixture({}, storage);
    await fixture.ingest('uni-feed', 'uni', [
      offering('fuehrung', { title: 'Führung durch die Digitalisierung', descriptionText: 'Ein Vortrag über digitale Verwaltung.', type: 'LECTURE', format: 'IN_PERSON', topics: ['PROBLEM_SOLVING'], targetGroups: ['STUDENTS'], cost: { kind: 'FREE' }, occurrences: [at(day(2, 18))], location: { name: 'Augusteum', address: 'Augustusplatz 10, 04109 Leipzig', postcode: '04109', locality: 'Leipzig', district: 'Zentrum', stadtbezirk: 'Mitte', latitude: 51.3385, longitude: 12.3797, coordinatesFrom: 'FEED' } }),
      offering('ki', { title: 'KI im Alltag', descriptionText: 'Was künstliche Intelligenz kann.', languages: ['en'], format: 'ONLINE', topics: ['PROBLEM_SOLVING'], targetGroups: ['CITIZENS'], cost: { kind: 'PAID', amount: 20, currency: 'EUR' }, occurrences: [at(day(3, 10))], level: 'BEGINNER' }),
      offering('past', { title: 'Datenschutz gestern', occurrences: [at(day(-20, 18))] }),
    ]);
    await fixture.ingest('vhs-feed', 'vhs', [
      offering('dsgvo', { title: 'Datenschutz im Verein', descriptionText: 'Die DSGVO für Vereine, Schritt für Schritt.', type: 'COURSE', format: 'IN_PERSON', topics: ['SAFETY'], targetGroups: ['CITIZENS', 'BUSINESS'], cost: { kind: 'PAID', amount: 45, currency: 'EUR' }, occurrences: [at(day(5, 19)), at(day(12, 19))], location: { name: 'Westwerk', address: 'Karl-Heine-Straße 85, 04229 Leipzig', postcode: '04229', locality: 'Leipzig', district: 'Plagwitz', stadtbezirk: 'Süd-West', latitude: 51.3324, longitude: 12.3304, coordinatesFrom: 'FEED' } }),
      offering('mooc', { title: 'Selbstlernkurs Tabellen', type: 'MOOC', format: 'ONLINE', topics: ['INFORMATION_DATA_LITERACY'], cost: { kind: 'FREE' } }),
      offering('abgesagt', { title: 'Abgesagter Kurs', status: 'CANCELLED', occurrences: [at(day(4))] }),
    ]);
  });

  afterAll(() => fixture.close());

  describe('full-text search', () => {
    it('finds umlauts however they are typed', async () => {
      for (const spelling of ['Führung', 'Fuehrung', 'Fuhrung', 'FÜHRUNG']) expect(await titles(spelling)).toEqual(['Führung durch die Digitalisierung']);
    });

    it('matches prefixes while typing and parts of compounds', async () => {
      expect(await titles('Digi')).toEqual(['Führung durch die Digitalisierung']);
      expect(await titles('schutz')).toEqual(['Datenschutz im Verein']);
    });

    it('finds parts of compounds that a later harvest brought, in any text, after whole-word matches', async () => {
      const own = await catalogFixture({}, storage);
      try {
        const search = async (text: string): Promise<string[]> =>
          (await own.query<Page>(`query($search: String) { offerings(search: $search) { edges { node { title } } } }`, { search: text })).data!.offerings.edges.map((e) => e.node.title);
        await own.ingest('first-feed', 'vhs', [offering('netz', { title: 'Sicher im Netz', descriptionText: 'Passwörter und Updates.', occurrences: [at(day(6))] })]);
        expect(await search('sicherheit')).toEqual([]);
        await own.ingest('second-feed', 'vhs', [
          offering('cyber', { title: 'Online unterwegs', descriptionText: 'Grundlagen der Cybersicherheit für Seniorinnen und Senioren.', occurrences: [at(day(6))] }),
          offering('arbeit', { title: 'Sicherheit am Arbeitsplatz', occurrences: [at(day(7))] }),
        ]);
        expect(await search('sicherheit')).toEqual(['Sicherheit am Arbeitsplatz', 'Online unterwegs']);
        expect(await search('cyber')).toEqual(['Online unterwegs']);
        // A part inside hundreds of the index's words narrows nothing: it finds the words it begins.
        await own.ingest('third-feed', 'vhs', [
          offering('many', { title: 'Wortliste', descriptionText: Array.from({ length: 301 }, (_, i) => `wort${i}teil`).join(' '), occurrences: [at(day(8))] }),
          offering('teilhabe', { title: 'Teilhabe digital', occurrences: [at(day(9))] }),
        ]);
        expect(await search('teil')).toEqual(['Teilhabe digital']);
      } finally {
        await own.close();
      }
    });

    it('needs every word, and reads quoted text as a phrase', async () => {
      expect(await titles('Datenschutz Verein')).toEqual(['Datenschutz im Verein']);
      expect(await titles('Datenschutz Führung')).toEqual([]);
      expect(await titles('"im Verein"')).toEqual(['Datenschutz im Verein']);
      expect(await titles('"Verein im"')).toEqual([]);
    });

    it('matches short words whole, so KI is not Kinder', async () => {
      expect(await titles('KI')).toEqual(['KI im Alltag']);
    });

    it('takes query syntax as text and never fails on it', async () => {
      for (const nasty of ['"', '*', 'AND', 'NEAR(', '-', 'a OR', '")(*', 'NOT Datenschutz']) {
        await expect(titles(nasty)).resolves.toBeInstanceOf(Array);
      }
    });

    it('ranks title matches first and highlights the matching text', async () => {
      const result = await fixture.query<Page>(`{ offerings(search: "Digitalisierung Vortrag") { edges { snippet node { title } } } }`);
      expect(result.data!.offerings.edges[0]!.snippet).toBe('Ein <mark>Vortrag</mark> über digitale Verwaltung.');
    });
  });

  describe('filters', () => {
    it('leaves out what is over, cancelled or withdrawn unless asked', async () => {
      const all = await titles(null);
      expect(all).not.toContain('Datenschutz gestern');
      expect(all).not.toContain('Abgesagter Kurs');
      expect(await titles(null, { from: '2000-01-01T00:00:00Z' })).toContain('Datenschutz gestern');
      expect(await titles(null, { includeCancelled: true })).toContain('Abgesagter Kurs');
    });

    it('combines every filter with every other', async () => {
      expect(await titles(null, { topics: ['SAFETY'] })).toEqual(['Datenschutz im Verein']);
      expect(await titles(null, { targetGroups: ['CITIZENS'], formats: ['ONLINE'] })).toEqual(['KI im Alltag']);
      expect(await titles(null, { types: ['MOOC'] })).toEqual(['Selbstlernkurs Tabellen']);
      expect(await titles(null, { levels: ['BEGINNER'] })).toEqual(['KI im Alltag']);
      expect(await titles(null, { languages: ['en'] })).toEqual(['KI im Alltag']);
      expect(await titles(null, { free: true, formats: ['IN_PERSON'] })).toEqual(['Führung durch die Digitalisierung']);
      expect((await titles(null, { maxPrice: 30 })).sort()).toEqual(['Führung durch die Digitalisierung', 'KI im Alltag', 'Selbstlernkurs Tabellen']);
      expect(await titles(null, { providerIds: ['vhs'], formats: ['IN_PERSON'] })).toEqual(['Datenschutz im Verein']);
      expect((await titles(null, { providerKinds: ['UNIVERSITY'] })).sort()).toEqual(['Führung durch die Digitalisierung', 'KI im Alltag']);
      expect(await titles(null, { to: day(4, 0) })).toEqual(['Führung durch die Digitalisierung', 'KI im Alltag', 'Selbstlernkurs Tabellen']);
      expect(await titles(null, { timeOfDay: ['EVENING'], topics: ['SAFETY', 'PROBLEM_SOLVING'] })).toEqual(['Führung durch die Digitalisierung', 'Datenschutz im Verein']);
      expect(await titles(null, { districts: ['Plagwitz'] })).toEqual(['Datenschutz im Verein']);
      expect(await titles(null, { districts: ['Mitte'] })).toEqual(['Führung durch die Digitalisierung']);
      expect(await titles(null, { near: { latitude: 51.34, longitude: 12.375, radiusKm: 1 } })).toEqual(['Führung durch die Digitalisierung']);
      expect(await titles('Datenschutz', { near: { latitude: 51.34, longitude: 12.375, radiusKm: 5 } })).toEqual(['Datenschutz im Verein']);
    });

    it('matches weekdays of the dates themselves', async () => {
      const weekday = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'][new Date(day(5, 19)).getUTCDay()];
      expect(await titles(null, { weekdays: [weekday], topics: ['SAFETY'] })).toEqual(['Datenschutz im Verein']);
    });
  });

  describe('facets', () => {
    it('count each facet ignoring its own filter, with labels in the asked language', async () => {
      const result = await fixture.query<{ offerings: { totalCount: number; facets: Record<string, { value: string; label: string; count: number }[]> } }>(
        `{ offerings(filter: { formats: [ONLINE] }) { totalCount facets(lang: EN) { formats { value label count } cost { value label count } providers { value label count } topics { value count } } } }`,
      );
      const { totalCount, facets } = result.data!.offerings;
      expect(totalCount).toBe(2);
      expect(facets.formats).toEqual([
        { value: 'IN_PERSON', label: 'In person', count: 2 },
        { value: 'ONLINE', label: 'Online', count: 2 },
      ]);
      expect(facets.cost).toEqual([
        { value: 'FREE', label: 'Free', count: 1 },
        { value: 'PAID', label: 'Paid', count: 1 },
      ]);
      expect(facets.providers!.map((p) => p.label).sort()).toEqual(['Universität Leipzig', 'Volkshochschule Leipzig']);
      const german = await fixture.query<{ offerings: { facets: { formats: { label: string }[] } } }>(`{ offerings { facets { formats { label } } } }`);
      expect(german.data!.offerings.facets.formats.map((f) => f.label).sort()).toEqual(['Online', 'Vor Ort']);
    });

    it('are counted however a client asks for them: by alias, in a fragment, behind @include', async () => {
      type Counts = { offerings: { facets?: Record<string, { value: string; count: number }[]> } };
      const expected = [
        { value: 'IN_PERSON', count: 2 },
        { value: 'ONLINE', count: 2 },
      ];
      const aliased = await fixture.query<Counts>(`{ offerings(filter: { formats: [ONLINE] }) { facets { how: formats { value count } } } }`);
      expect(aliased.data!.offerings.facets!['how']).toEqual(expected);
      const fragment = await fixture.query<Counts>(`{ offerings(filter: { formats: [ONLINE] }) { facets { ...F } } } fragment F on OfferingFacets { formats { value count } }`);
      expect(fragment.data!.offerings.facets!['formats']).toEqual(expected);
      const QUERY = `query($with: Boolean!) { offerings(filter: { formats: [ONLINE] }) { facets @include(if: $with) { formats @include(if: $with) { value count } } } }`;
      expect((await fixture.query<Counts>(QUERY, { with: true })).data!.offerings.facets!['formats']).toEqual(expected);
      expect((await fixture.query<Counts>(QUERY, { with: false })).data!.offerings.facets).toBeUndefined();
    });
  });

  describe('paging and sorting', () => {
    it('sorts by title, newest and next start', async () => {
      expect(await titles(null, {}, 'TITLE')).toEqual(['Datenschutz im Verein', 'Führung durch die Digitalisierung', 'KI im Alltag', 'Selbstlernkurs Tabellen']);
      expect(await titles(null, {}, 'NEXT_START')).toEqual(['Führung durch die Digitalisierung', 'KI im Alltag', 'Datenschutz im Verein', 'Selbstlernkurs Tabellen']);
    });

    it('keeps its place while a harvest adds offerings before it', async () => {
      const PAGE = `query($after: String) { offerings(first: 2, after: $after, sort: TITLE) { edges { node { title } } pageInfo { endCursor hasNextPage } } }`;
      const first = await fixture.query<Page>(PAGE);
      expect(first.data!.offerings.edges.map((e) => e.node.title)).toEqual(['Datenschutz im Verein', 'Führung durch die Digitalisierung']);
      await fixture.ingest('late-feed', 'uni', [offering('aaa', { title: 'Aaa neu eingetroffen' })]);
      const second = await fixture.query<Page>(PAGE, { after: first.data!.offerings.pageInfo.endCursor });
      expect(second.data!.offerings.edges.map((e) => e.node.title)).toEqual(['KI im Alltag', 'Selbstlernkurs Tabellen']);
      expect(second.data!.offerings.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe('relevance among filtered matches', () => {
    it('ranks what the filter leaves, pages through it by cursor, and puts matches inside compounds last', async () => {
      const own = await catalogFixture({}, storage);
      try {
        await own.ingest('feed', 'vhs', [
          offering('title-online', { title: 'Sicherheit im Netz', format: 'ONLINE', occurrences: [at(day(9))] }),
          offering('title-present', { title: 'Sicherheit vor Ort', format: 'IN_PERSON', occurrences: [at(day(1))] }),
          offering('text-online', { title: 'Updates und Passwörter', descriptionText: 'Mehr Sicherheit für Ihre Geräte.', format: 'ONLINE', occurrences: [at(day(2))] }),
          offering('compound-late', { title: 'Für Eltern', descriptionText: 'Cybersicherheit in der Familie.', format: 'ONLINE', occurrences: [at(day(8))] }),
          offering('compound-early', { title: 'Für Vereine', descriptionText: 'Datensicherheit im Verein.', format: 'ONLINE', occurrences: [at(day(3))] }),
          offering('compound-present', { title: 'Im Büro', descriptionText: 'Datensicherheit am Arbeitsplatz.', format: 'IN_PERSON', occurrences: [at(day(4))] }),
        ]);
        const PAGE = `query($after: String) { offerings(search: "sicherheit", filter: { formats: [ONLINE] }, first: 1, after: $after) { totalCount edges { node { title } } pageInfo { endCursor hasNextPage } } }`;
        const paged: string[] = [];
        let after: string | null = null;
        for (let page = 0; page < 10; page += 1) {
          const result: { data?: Page } = await own.query<Page>(PAGE, { after });
          const { edges, pageInfo, totalCount } = result.data!.offerings;
          expect(totalCount).toBe(4);
          paged.push(...edges.map((e) => e.node.title));
          if (!pageInfo.hasNextPage) break;
          after = pageInfo.endCursor;
        }
        // Word matches by BM25 (title first), then parts of compounds by next date.
        expect(paged).toEqual(['Sicherheit im Netz', 'Updates und Passwörter', 'Für Vereine', 'Für Eltern']);
      } finally {
        await own.close();
      }
    });
  });

  describe('relevance', () => {
    it('puts offerings with the words in their title or keywords before those that only mention them', async () => {
      const own = await catalogFixture({}, storage);
      try {
        await own.ingest('feed', 'vhs', [
          offering('mentions', { title: 'Offene Sprechstunde', summary: 'Robotik, Robotik, Robotik.', descriptionText: 'Robotik für alle: Robotik zum Anfassen, Robotik im Alltag.', occurrences: [at(day(2))] }),
          offering('keyword', { title: 'Lego-Werkstatt für Kinder und Eltern an langen Winterabenden', categories: ['Robotik'], occurrences: [at(day(3))] }),
          offering('title', { title: 'Robotik', occurrences: [at(day(4))] }),
        ]);
        const result = await own.query<Page>(`{ offerings(search: "Robotik") { edges { node { title } } } }`);
        expect(result.data!.offerings.edges.map((e) => e.node.title)).toEqual(['Robotik', 'Lego-Werkstatt für Kinder und Eltern an langen Winterabenden', 'Offene Sprechstunde']);
      } finally {
        await own.close();
      }
    });
  });

  describe('pages', () => {
    // Every field of an offering with what to select below it: a page reads only the columns its fields need.
    const FIELDS: Record<string, string> = {
      id: 'id',
      title: 'title',
      summary: 'summary',
      description: 'description',
      descriptionText: 'descriptionText',
      url: 'url',
      languages: 'languages',
      languagesDetected: 'languagesDetected',
      type: 'type',
      format: 'format',
      topics: 'topics',
      targetGroups: 'targetGroups',
      classification: 'classification { facet value source evidence }',
      level: 'level',
      cost: 'cost { kind amount currency }',
      location: 'location { name address postcode locality district stadtbezirk coordinatesFrom latitude longitude }',
      occurrences: 'occurrences { start end timeZone allDay status }',
      nextOccurrence: 'nextOccurrence { start end }',
      image: 'image',
      status: 'status',
      categories: 'categories',
      provider: 'provider { id }',
      source: 'source { feed { id } itemKey sourceUrl firstSeen lastSeen }',
      sources: 'sources { feed { id } itemKey sourceUrl firstSeen lastSeen }',
      updatedAt: 'updatedAt',
    };

    it('read each field of a page as a whole offering has it', async () => {
      const type = fixture.catalog.schema.getType('Offering') as GraphQLObjectType;
      expect(Object.keys(FIELDS).sort()).toEqual(Object.keys(type.getFields()).sort());
      for (const selection of Object.values(FIELDS)) {
        const page = await fixture.query<{ offerings: { edges: { node: { id: string } }[] } }>(`{ offerings(first: 100) { edges { node { id ${selection} } } } }`);
        expect(page.errors).toBeUndefined();
        expect(page.data!.offerings.edges.length).toBeGreaterThan(0);
        for (const { node } of page.data!.offerings.edges) {
          const whole = await fixture.query<{ offering: unknown }>(`query($id: ID!) { offering(id: $id) { id ${selection} } }`, { id: node.id });
          expect(node).toEqual(whole.data!.offering);
        }
      }
    });
  });

  describe('search threads', () => {
    // These suites reach PostgreSQL by no URL, so there it is searched on the subgraph's own thread.
    it.skipIf(storage.name !== 'SQLite')('make a search asked before they have their index wait for it, rather than load a second index here', async () => {
      const threaded = await catalogFixture({ searchThreads: 1 }, storage);
      try {
        await threaded.ingest('feed', 'vhs', [offering('netz', { title: 'Sicher im Netz', occurrences: [at(day(6))] })]);
        expect(await threaded.catalog.searchHealth()).toMatchObject({ threads: 1, ready: 0 });
        const statements = threaded.catalog.queries.count;
        const found = await threaded.query<{ offerings: { totalCount: number } }>('{ offerings(search: "sicher") { totalCount } }');
        expect(found.data?.offerings.totalCount).toBe(1);
        // This thread's store read the hit's row for the page and nothing else: no index beside the thread's.
        expect(threaded.catalog.queries.count - statements).toBe(1);
      } finally {
        await threaded.close();
      }
    });

    it('answer as the subgraph itself does, see every later harvest, and pass errors on with their argument', async () => {
      const threaded = await catalogFixture({ searchThreads: 1 }, storage);
      try {
        await threaded.catalog.searchThreadsStarted();
        const search = async (text: string, filter: Record<string, unknown> = {}) =>
          threaded.query<Page>(`query($search: String, $filter: OfferingFilter) { offerings(search: $search, filter: $filter) { totalCount edges { node { title } } } }`, { search: text, filter });
        await threaded.ingest('feed', 'vhs', [offering('netz', { title: 'Sicher im Netz', format: 'ONLINE', occurrences: [at(day(6))] })]);
        expect((await search('sicher')).data!.offerings.edges.map((e) => e.node.title)).toEqual(['Sicher im Netz']);
        await threaded.ingest('feed', 'vhs', [
          offering('netz', { title: 'Sicher im Netz', format: 'ONLINE', occurrences: [at(day(6))] }),
          offering('vor-ort', { title: 'Sicher vor Ort', format: 'IN_PERSON', occurrences: [at(day(7))] }),
        ]);
        const later = (await search('sicher', { formats: ['IN_PERSON'] })).data!.offerings;
        expect(later.edges.map((e) => e.node.title)).toEqual(['Sicher vor Ort']);
        const tooLong = await search(Array.from({ length: 13 }, (_, i) => `wort${i}`).join(' '));
        expect(tooLong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'search' } });
      } finally {
        await threaded.close();
      }
    });
  });

  describe('bad input', () => {
    it('answers each with an error naming the argument', async () => {
      const cases: [string, string][] = [
        ['{ offerings(filter: { districts: ["Atlantis"] }) { totalCount } }', 'filter.districts'],
        ['{ offerings(filter: { near: { latitude: 51.3, longitude: 12.4, radiusKm: -5 } }) { totalCount } }', 'filter.near.radiusKm'],
        ['{ offerings(filter: { languages: ["Deutsch"] }) { totalCount } }', 'filter.languages'],
        ['{ offerings(filter: { providerIds: ["nobody"] }) { totalCount } }', 'filter.providerIds'],
        ['{ offerings(after: "bm9wZQ") { totalCount } }', 'after'],
        ['{ offerings(first: 100000) { totalCount } }', 'first'],
        ['{ offerings(sort: RELEVANCE) { totalCount } }', 'sort'],
        [`{ offerings(search: "${Array.from({ length: 13 }, (_, i) => `begriff${i}`).join(' ')}") { totalCount } }`, 'search'],
      ];
      for (const [query, argument] of cases) {
        const result = await fixture.query(query);
        expect(result.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      }
      const repeated = await fixture.query(`{ offerings(search: "${'Datenschutz '.repeat(20)}") { totalCount } }`);
      expect(repeated.errors).toBeUndefined();
      const unknownValue = await fixture.query('{ offerings(filter: { topics: [COOKING] }) { totalCount } }');
      expect(unknownValue.errors?.[0]?.message).toMatch(/COOKING/);
    });
  });

  describe('the same offering from two partners', () => {
    it('is shown once, listing both sources', async () => {
      const twice = offering('x', { title: 'Open Data Workshop', occurrences: [at(day(8, 17))], location: { name: 'Stadtbibliothek', address: null, postcode: '04107', locality: 'Leipzig', district: null, stadtbezirk: null, latitude: null, longitude: null, coordinatesFrom: null } });
      await fixture.ingest('first-partner', 'uni', [twice], new Date('2026-11-01T00:00:00Z'));
      await fixture.ingest('second-partner', 'vhs', [{ ...twice, itemKey: 'y', title: 'Open-Data-Workshop' }], new Date('2026-11-02T00:00:00Z'));
      const result = await fixture.query<{ offerings: { edges: { node: { title: string; sources: { itemKey: string; feed: { id: string } }[] } }[] } }>(
        `{ offerings(search: "open data workshop") { edges { node { title sources { itemKey feed { id } } } } } }`,
      );
      expect(result.data!.offerings.edges).toHaveLength(1);
      expect(result.data!.offerings.edges[0]!.node.sources.map((s) => s.feed.id)).toEqual(['first-partner', 'second-partner']);
    });
  });
});
