import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldForSearch, offeringIdFor } from '@campus/schema';
import type { ThesaurusEntry } from '../src/search/thesaurus';
import { at, catalogFixture, offering, type CatalogFixture } from './catalogFixture';

const file = JSON.parse(readFileSync(new URL('../src/search/thesaurus.json', import.meta.url), 'utf8')) as { about: string; sources: Record<string, { title: string; url: string }>; entries: ThesaurusEntry[] };
const key = (term: string): string => foldForSearch(term).split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
const termsOf = (entry: ThesaurusEntry): { term: string; lang: 'de' | 'en' }[] => [...entry.de.map((term) => ({ term, lang: 'de' as const })), ...entry.en.map((term) => ({ term, lang: 'en' as const }))];

describe('the thesaurus file', () => {
  it('has a few hundred entries, each of two terms or more, each term in one entry, each resting on a named source', () => {
    expect(file.entries.length).toBeGreaterThanOrEqual(200);
    const seen = new Map<string, number>();
    file.entries.forEach((entry, index) => {
      expect(termsOf(entry).length, JSON.stringify(entry)).toBeGreaterThanOrEqual(2);
      expect(entry.source.length, JSON.stringify(entry)).toBeGreaterThan(0);
      for (const source of entry.source) expect(file.sources[source], `source ${source}`).toBeDefined();
      for (const { term } of termsOf(entry)) {
        expect(seen.get(key(term)), `"${term}" is in entries ${seen.get(key(term))} and ${index}`).toBeUndefined();
        seen.set(key(term), index);
      }
    });
  });
});

/**
 * Every entry searched in every direction: a catalogue with one offering named by each term, and a
 * search for each term finds the offerings named by the others, as a synonym or a translation.
 */
describe('every entry of the thesaurus', () => {
  let fixture: CatalogFixture;
  const itemKey = (entry: number, term: number): string => `e${entry}-t${term}`;
  beforeAll(async () => {
    fixture = await catalogFixture();
    const when = [at(new Date(Date.now() + 5 * 86_400_000).toISOString())];
    await fixture.ingest(
      'thesaurus',
      'vhs',
      file.entries.flatMap((entry, e) => termsOf(entry).map(({ term, lang }, t) => offering(itemKey(e, t), { title: `${term}`, languages: [lang], occurrences: when }))),
    );
  });
  afterAll(() => fixture.close());

  it.each(file.entries.map((entry, e) => [termsOf(entry).map((t) => t.term).join(' = '), e] as const))('%s', async (_, e) => {
    const terms = termsOf(file.entries[e]!);
    const ids = terms.map((_, t) => offeringIdFor('thesaurus', itemKey(e, t)));
    for (const [t, { term, lang }] of terms.entries()) {
      const result = await fixture.query<{ offerings: { edges: { matchedBy: string; node: { id: string } }[] } }>(
        `query($search: String, $ids: [ID!]) { offerings(search: $search, filter: { ids: $ids }, first: 100) { edges { matchedBy node { id } } } }`,
        { search: term, ids },
      );
      const found = new Map(result.data!.offerings.edges.map((edge) => [edge.node.id, edge.matchedBy]));
      for (const [o, other] of terms.entries()) {
        if (o === t) continue;
        const way = found.get(ids[o]!);
        expect(way, `"${term}" finds "${other.term}"`).toBeDefined();
        // Named alike ("KI" in "KI-Verordnung") it may match better; a synonym's form may be the
        // other language's word ("Mathe" and "maths"); otherwise as the thesaurus says.
        if (way !== 'EXACT' && way !== 'COMPOUND_PART' && way !== 'WORD_FORM' && way !== 'SYNONYM') expect(way, `"${term}" finds "${other.term}"`).toBe('TRANSLATION');
        if (other.lang !== lang) continue;
        expect(way, `"${term}" finds "${other.term}" in its own language`).not.toBe('TRANSLATION');
      }
    }
  });
});
