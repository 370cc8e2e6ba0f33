import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './generated';
import { startTestHub, type TestHub } from './testHub';

const SEARCH = graphql(`query HostileSearch($search: String) { offerings(search: $search, first: 3) { totalCount didYouMean edges { matchedBy snippet node { title } } } }`);
const SUGGEST = graphql(`query HostileSuggest($prefix: String!) { suggest(prefix: $prefix) { text kind } }`);

/** What people and scripts type into a search box that is not a search. */
const HOSTILE: [string, string][] = [
  ['only punctuation', '!!!???...;:,'],
  ['only quotes', '""" "" "'],
  ['1,000 characters of one letter', 'a'.repeat(1000)],
  ['one word 100,000 characters long', 'x'.repeat(100_000)],
  ['mixed scripts', 'Python Пайтон 파이썬 بايثون Πύθων'],
  ['emoji', '🐍🐍🐍 Python 🎉 👩🏽‍💻'],
  ['SQL', "'; DROP TABLE offerings; -- OR 1=1"],
  ['FTS5 syntax', 'title:Python OR NEAR(a b, 3) AND NOT x* ^start {title body}: "unclosed'],
  ['control and invisible characters', '\u0000\u0007\u200b\u202e\ufeff'],
  ['twelve misspelt words', 'Pyhton Datenshcutz Verschlüselung Progammierung Excle Tabelenkalkulation Netzwerkk Sicherheitt Komputer Internett Fotografieen Progrann'],
  ['a lone operator', '-'],
  ['a lone star', '*'],
  ['a lone bracket', '('],
];

describe('hostile searches', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub.close());

  it.each(HOSTILE)('%s: an answer or an error naming search, never a crash, a stall or internal words', async (_, search) => {
    const answer = await hub.query(SEARCH, { search });
    if (answer.errors) {
      expect([200, 400]).toContain(answer.status);
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors![0]).toMatchObject({ message: expect.stringMatching(/^a search may have at most 12 words or phrases, not \d+$/), extensions: { code: 'BAD_USER_INPUT', argument: 'search' } });
    } else {
      expect(answer.status).toBe(200);
      expect(answer.data!.offerings.totalCount).toBeGreaterThanOrEqual(0);
      expect(answer.data!.offerings.edges.length).toBeLessThanOrEqual(3);
    }
  });

  it.each(HOSTILE)('%s as a prefix to complete: completions or an error naming prefix', async (_, prefix) => {
    const answer = await hub.query(SUGGEST, { prefix });
    if (prefix.length > 100) {
      expect(answer.errors).toEqual([expect.objectContaining({ message: `a prefix may have at most 100 characters, not ${prefix.length}`, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'prefix' }) })]);
    } else {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.suggest.length).toBeLessThanOrEqual(8);
    }
  });

  it('more than twelve words: a GraphQL error naming search', async () => {
    const answer = await hub.query(SEARCH, { search: Array.from({ length: 13 }, (_, i) => `wort${i}`).join(' ') });
    expect(answer.errors?.[0]).toMatchObject({ message: 'a search may have at most 12 words or phrases, not 13', extensions: { code: 'BAD_USER_INPUT', argument: 'search' } });
  });

  it('leave the search thread answering as before', async () => {
    const before = await hub.query(SEARCH, { search: 'Python' });
    await Promise.all(HOSTILE.flatMap(([, search]) => [hub.query(SEARCH, { search }), hub.query(SUGGEST, { prefix: search.slice(0, 100) })]));
    const after = await hub.query(SEARCH, { search: 'Python' });
    expect(after.data).toEqual(before.data);
    expect(after.data!.offerings.edges.map((e) => e.node.title)).toContain('Python für Geisteswissenschaftler:innen');
  });
});
