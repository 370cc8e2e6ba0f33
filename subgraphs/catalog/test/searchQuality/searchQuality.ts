import { readFileSync } from 'node:fs';
import { at, catalogFixture, offering, type CatalogStorage } from '../catalogFixture';

/** An offering of the quality set, as the set's author wrote it. */
interface QualityOffering {
  key: string;
  provider: string;
  languages: string[];
  title: string;
  summary: string;
  description: string;
  keywords: string[];
}

/** A query of the set with the offerings a user would want in the first five. */
export interface QualityQuery {
  query: string;
  expect: string[];
  kind: string;
  note?: string;
}

export interface QualityReport {
  queries: number;
  /** Expected results in all, and how many of them landed in the first five. */
  expected: number;
  inTopFive: number;
  /** Mean over queries of 1 / the place of the first expected result (0 where none is in the first 20). */
  meanReciprocalRank: number;
  /** Per kind of query: expected results and those in the first five. */
  byKind: Record<string, { expected: number; inTopFive: number }>;
  /** Queries with an expected result outside the first five, and what came instead. */
  misses: { query: string; kind: string; missing: string[]; got: string[] }[];
}

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as T;

export const QUALITY_OFFERINGS = read<QualityOffering[]>('./offerings.json');
export const QUALITY_QUERIES = read<QualityQuery[]>('./queries.json');

const PROVIDERS = [
  { id: 'uni', name: 'Universität Leipzig', kind: 'UNIVERSITY' },
  { id: 'htwk', name: 'HTWK Leipzig', kind: 'UNIVERSITY' },
  { id: 'vhs', name: 'Volkshochschule Leipzig', kind: 'ADULT_EDUCATION' },
  { id: 'stadt', name: 'Stadt Leipzig', kind: 'CITY' },
  { id: 'bib', name: 'Leipziger Städtische Bibliotheken', kind: 'CITY' },
] as const;

/**
 * Runs a quality set through the catalogue's own GraphQL schema on a real catalogue, as a client
 * searches, and scores where the expected offerings land. Each offering's title is its key's
 * stand-in only in the result; the set's keys never reach the search.
 */
export async function scoreSearchQuality(queries: readonly QualityQuery[] = QUALITY_QUERIES, offerings: readonly QualityOffering[] = QUALITY_OFFERINGS, storage?: CatalogStorage): Promise<QualityReport> {
  const fixture = await catalogFixture({ providers: PROVIDERS }, storage);
  try {
    const next = at(new Date(Date.now() + 7 * 86_400_000).toISOString());
    for (const provider of PROVIDERS) {
      const own = offerings.filter((o) => o.provider === provider.id);
      await fixture.ingest(`${provider.id}-feed`, provider.id, own.map((o) => offering(o.key, { title: o.title, summary: o.summary, descriptionText: o.description, categories: o.keywords, languages: o.languages, occurrences: [next] })));
    }
    const report: QualityReport = { queries: queries.length, expected: 0, inTopFive: 0, meanReciprocalRank: 0, byKind: {}, misses: [] };
    for (const query of queries) {
      const result = await fixture.query<{ offerings: { edges: { node: { sources: { itemKey: string }[] } }[] } }>(
        `query($search: String) { offerings(search: $search, first: 20) { edges { node { sources { itemKey } } } } }`,
        { search: query.query },
      );
      if (result.errors) throw new Error(`${query.query}: ${result.errors[0]!.message}`);
      const keys = result.data!.offerings.edges.map((e) => e.node.sources[0]!.itemKey);
      const topFive = keys.slice(0, 5);
      const found = query.expect.filter((key) => topFive.includes(key));
      const kind = (report.byKind[query.kind] ??= { expected: 0, inTopFive: 0 });
      kind.expected += query.expect.length;
      kind.inTopFive += found.length;
      report.expected += query.expect.length;
      report.inTopFive += found.length;
      const first = keys.findIndex((key) => query.expect.includes(key));
      report.meanReciprocalRank += first < 0 ? 0 : 1 / (first + 1);
      if (found.length < query.expect.length) report.misses.push({ query: query.query, kind: query.kind, missing: query.expect.filter((key) => !found.includes(key)), got: topFive });
    }
    report.meanReciprocalRank /= queries.length;
    return report;
  } finally {
    await fixture.close();
  }
}
