import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, CATALOG_STORAGES, catalogFixture, offering, type CatalogFixture } from './catalogFixture';

let fixture: CatalogFixture;
const soon = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString();

type Hit = { title: string; matchedBy: string | null; snippet: string | null };
type Answer = { hits: Hit[]; totalCount: number; didYouMean: string | null };

async function find(search: string, fixtureToAsk: CatalogFixture = fixture): Promise<Answer> {
  const result = await fixtureToAsk.query<{ offerings: { totalCount: number; didYouMean: string | null; edges: { matchedBy: string | null; snippet: string | null; node: { title: string } }[] } }>(
    `query($search: String) { offerings(search: $search, first: 50) { totalCount didYouMean edges { matchedBy snippet node { title } } } }`,
    { search },
  );
  if (result.errors) throw new Error(result.errors[0]!.message);
  const { edges, totalCount, didYouMean } = result.data!.offerings;
  return { hits: edges.map((e) => ({ title: e.node.title, matchedBy: e.matchedBy, snippet: e.snippet })), totalCount, didYouMean };
}

const titles = async (search: string): Promise<string[]> => (await find(search)).hits.map((h) => h.title);
const ways = async (search: string): Promise<[string, string | null][]> => (await find(search)).hits.map((h) => [h.title, h.matchedBy]);

describe.each(CATALOG_STORAGES)('on $name', (storage) => {
  beforeAll(async () => {
    fixture = await catalogFixture({}, storage);
    const when = [at(soon(3))];
    await fixture.ingest('vhs-feed', 'vhs', [
      offering('python', { title: 'Python für Einsteiger', descriptionText: 'Programmieren lernen mit Python, Schritt für Schritt.', occurrences: when }),
      offering('crypto', { title: 'Sicher kommunizieren', descriptionText: 'Verschlüsselung von E-Mails und Nachrichten im Alltag.', occurrences: when }),
      offering('kurs', { title: 'Ein Kurs für Senioren', descriptionText: 'Tablets verstehen.', occurrences: when }),
      offering('kurse', { title: 'Unsere Kurse im Winter', descriptionText: 'Das Programm.', occurrences: when }),
      offering('verein', { title: 'Datenschutz im Verein', descriptionText: 'Die Datenschutz-Grundverordnung für Vereine.', occurrences: when }),
      offering('digital', { title: 'Digitalisierung der Verwaltung', descriptionText: 'Wie Ämter digital arbeiten.', occurrences: when }),
      offering('year', { title: 'Rückblick 2025', descriptionText: 'Was war.', occurrences: when }),
      offering('netz', { title: 'Neuronale Netze verstehen', descriptionText: 'Wie Maschinen lernen.', occurrences: when }),
      offering('kurz', { title: 'Kurzfilme schneiden', descriptionText: 'Am Smartphone.', occurrences: when }),
    ]);
    await fixture.ingest('uni-feed', 'uni', [
      offering('encryption', { title: 'Encryption basics', descriptionText: 'How encryption keeps messages private.', languages: ['en'], occurrences: when }),
      offering('ai', { title: 'Machine learning for everyone', descriptionText: 'What artificial intelligence can do, and what it cannot.', languages: ['en'], occurrences: when }),
      offering('courses', { title: 'Evening courses', descriptionText: 'Our course programme.', languages: ['en'], occurrences: when }),
    ]);
  });

  afterAll(() => fixture.close());

  describe('typos', () => {
    it('finds a word one typo away from five letters on, and two from nine', async () => {
      expect(await ways('Pyhton')).toEqual([['Python für Einsteiger', 'TYPO']]);
      expect(await ways('Pythn')).toEqual([['Python für Einsteiger', 'TYPO']]);
      expect(await titles('Digitalisirung')).toEqual(['Digitalisierung der Verwaltung']);
      expect(await titles('Digitalsiirung')).toEqual(['Digitalisierung der Verwaltung']);
      expect(await titles('Verschlüselng')).toEqual(['Sicher kommunizieren']);
    });

    it('never corrects short words, numbers, or more typos than allowed', async () => {
      expect(await titles('Pyth0n')).toEqual([]);
      expect(await titles('2026')).toEqual([]);
      expect(await titles('Kirs')).toEqual([]);
      expect(await titles('Pyhtno')).toEqual([]);
      expect(await titles('Digtalsiirung')).toEqual([]);
    });

    it('offers the corrected search where typos leave little, spelt as the catalogue writes it', async () => {
      expect((await find('Pyhton')).didYouMean).toBe('Python');
      expect((await find('Verschlüselng Alltag')).didYouMean).toBe('Verschlüsselung Alltag');
      expect((await find('Python')).didYouMean).toBeNull();
      expect((await find('Datensch')).didYouMean).toBeNull();
    });
  });

  describe('word forms', () => {
    it('find other forms after the words as typed', async () => {
      expect(await ways('Kurse')).toEqual([
        ['Unsere Kurse im Winter', 'EXACT'],
        ['Ein Kurs für Senioren', 'WORD_FORM'],
        ['Evening courses', 'TRANSLATION'],
      ]);
      expect((await ways('course'))[0]).toEqual(['Evening courses', 'EXACT']);
      expect(await ways('programmieren')).toEqual([['Python für Einsteiger', 'EXACT']]);
    });
  });

  describe('German and English together', () => {
    it('finds offerings described in the other language after those that match as written', async () => {
      expect(await ways('encryption')).toEqual([
        ['Encryption basics', 'EXACT'],
        ['Sicher kommunizieren', 'TRANSLATION'],
      ]);
      expect(await ways('Verschlüsselung')).toEqual([
        ['Sicher kommunizieren', 'EXACT'],
        ['Encryption basics', 'TRANSLATION'],
      ]);
    });

    it('reads several words as one concept, and abbreviations as their expansions', async () => {
      expect(await ways('KI')).toEqual([['Machine learning for everyone', 'TRANSLATION']]);
      expect(await ways('künstliche Intelligenz')).toEqual([['Machine learning for everyone', 'TRANSLATION']]);
      expect(await ways('DSGVO')).toEqual([['Datenschutz im Verein', 'SYNONYM']]);
    });

    it('reads the thesaurus\'s phrases in other forms, on both sides', async () => {
      expect(await ways('neural networks')).toEqual([['Neuronale Netze verstehen', 'TRANSLATION']]);
      expect(await ways('neuronales Netzwerk')).toEqual([['Neuronale Netze verstehen', 'SYNONYM']]);
    });

    it('marks the words that matched in the snippet', async () => {
      const [german] = (await find('encryption')).hits.filter((h) => h.matchedBy === 'TRANSLATION');
      expect(german!.snippet).toBe('<mark>Verschlüsselung</mark> von E-Mails und Nachrichten im Alltag.');
    });
  });

  describe('the bounds of forgiveness', () => {
    it('needs every word still, and finds nothing where nothing is near', async () => {
      expect(await titles('Pyhton Verein')).toEqual([]);
      expect(await find('Quantenchromodynamik')).toEqual({ hits: [], totalCount: 0, didYouMean: null });
    });

    it('does none of it when switched off', async () => {
      const strict = await catalogFixture({ forgivingSearch: false }, storage);
      try {
        await strict.ingest('vhs-feed', 'vhs', [offering('python', { title: 'Python für Einsteiger', occurrences: [at(soon(3))] }), offering('crypto', { title: 'Verschlüsselung', occurrences: [at(soon(3))] })]);
        expect(await find('Pyhton', strict)).toEqual({ hits: [], totalCount: 0, didYouMean: null });
        expect((await find('encryption', strict)).hits).toEqual([]);
        expect((await find('Python', strict)).hits).toEqual([{ title: 'Python für Einsteiger', matchedBy: 'EXACT', snippet: '<mark>Python</mark> für Einsteiger' }]);
      } finally {
        await strict.close();
      }
    });
  });

  describe('suggestions', () => {
    type Suggestion = { text: string; kind: string; value: string | null };
    const suggest = async (prefix: string, lang = 'DE', first = 8): Promise<Suggestion[]> => {
      const result = await fixture.query<{ suggest: Suggestion[] }>(`query($prefix: String!, $lang: Lang, $first: Int) { suggest(prefix: $prefix, lang: $lang, first: $first) { text kind value } }`, { prefix, lang, first });
      if (result.errors) throw new Error(result.errors[0]!.message);
      return result.data!.suggest;
    };

    it('complete titles, keywords, topics and providers from any word they begin', async () => {
      expect(await suggest('pyth')).toEqual([{ text: 'Python für Einsteiger', kind: 'TITLE', value: null }]);
      expect(await suggest('Einst')).toEqual([{ text: 'Python für Einsteiger', kind: 'TITLE', value: null }]);
      expect(await suggest('volksh')).toEqual([{ text: 'Volkshochschule Leipzig', kind: 'PROVIDER', value: 'vhs' }]);
      expect(await suggest('sicher')).toEqual([
        { text: 'Sicherheit', kind: 'TOPIC', value: 'SAFETY' },
        { text: 'Sicher kommunizieren', kind: 'TITLE', value: null },
      ]);
      expect((await suggest('safe', 'EN'))[0]).toEqual({ text: 'Safety', kind: 'TOPIC', value: 'SAFETY' });
      expect(await suggest('datenschutz im v')).toEqual([{ text: 'Datenschutz im Verein', kind: 'TITLE', value: null }]);
      expect(await suggest('fuer ein')).toEqual([{ text: 'Python für Einsteiger', kind: 'TITLE', value: null }]);
    });

    it('follow the catalogue as harvests change it', async () => {
      const own = await catalogFixture({}, storage);
      try {
        const complete = async (prefix: string): Promise<string[]> => (await own.query<{ suggest: Suggestion[] }>(`query($p: String!) { suggest(prefix: $p) { text } }`, { p: prefix })).data!.suggest.map((s) => s.text);
        await own.ingest('feed', 'vhs', [offering('a', { title: 'Robotik für Kinder', categories: ['Robotik'], occurrences: [at(soon(3))] })]);
        expect(await complete('robo')).toEqual(['Robotik', 'Robotik für Kinder']);
        // Edited but alike in title and keywords: completed as before, once.
        await own.ingest('feed', 'vhs', [offering('a', { title: 'Robotik für Kinder', categories: ['Robotik'], descriptionText: 'Neu: mit Lego', occurrences: [at(soon(4))] })]);
        expect(await complete('robo')).toEqual(['Robotik', 'Robotik für Kinder']);
        await own.ingest('feed', 'vhs', [offering('a', { title: 'Robotik für Jugendliche', categories: ['Robotik'], occurrences: [at(soon(4))] })]);
        expect(await complete('robo')).toEqual(['Robotik', 'Robotik für Jugendliche']);
        await own.ingest('feed', 'vhs', [offering('b', { title: 'Robotersprache', occurrences: [at(soon(3))] })]);
        expect(await complete('robo')).toEqual(['Robotersprache']);
      } finally {
        await own.close();
      }
    });

    it('refuse what is out of bounds, naming the argument', async () => {
      const long = await fixture.query(`query($p: String!) { suggest(prefix: $p) { text } }`, { p: 'x'.repeat(101) });
      expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'prefix' });
      const many = await fixture.query(`{ suggest(prefix: "py", first: 21) { text } }`);
      expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
      expect(await suggest('   ')).toEqual([]);
      expect(await suggest('💥"*')).toEqual([]);
    });
  });
});
