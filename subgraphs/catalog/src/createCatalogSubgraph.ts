import { readFileSync } from 'node:fs';
import { parse, type GraphQLSchema } from 'graphql';
import type { ProviderSummary, SnapshotIngest } from '@campus/schema';
import { identitySecret, inJsonList, jsonList, subgraphSchema, type QueryCounter, type WriteHealth } from '@campus/subgraph-runtime';
import { openCatalogDatabase } from './db/openCatalogDatabase';
import { catalogIngest } from './ingest/applyFeedSnapshot';
import { catalogResolvers } from './resolvers';
import { SearchIndex } from './search/searchIndex';
import { searchOfferings, type OfferingSearch, type SearchResult } from './search/searchOfferings';
import { SearchThreads, type InProcessSearch } from './search/searchThreads';
import type { Completion } from './search/completions';
import { suggest, type SuggestQuery } from './search/suggest';
import { offerings, type OfferingRow } from './db/tables';

export const CATALOG_SDL = readFileSync(new URL('./catalog.graphql', import.meta.url), 'utf8');

export interface CatalogSubgraph {
  name: 'catalog';
  sdl: string;
  schema: GraphQLSchema;
  /** The ingest interface through which harvests reach the catalogue. */
  ingest: SnapshotIngest;
  queries: QueryCounter;
  /** The search engine itself, without GraphQL: for benchmarks and in-process callers. */
  search(query: OfferingSearch): SearchResult;
  /** Completions, without GraphQL: for benchmarks and in-process callers. */
  suggest(query: SuggestQuery): Completion[];
  /** Offering rows by id, in the order asked. */
  offeringsById(ids: readonly string[]): OfferingRow[];
  /** Resolves when the search threads (if any) have loaded their index. */
  searchThreadsStarted(): Promise<void>;
  /** Whether searches are answered: by how many of the search threads (none configured: this thread answers). */
  searchHealth(): Promise<{ threads: number; ready: number; answering: number }>;
  /** Whether the catalogue's database can write. */
  writes: WriteHealth;
  close(): Promise<void>;
}

export interface CatalogOptions {
  dataDir: string;
  /** Providers to index for search and filters. */
  providers?: readonly ProviderSummary[];
  /** Threads that search besides the subgraph's own (0: it searches itself). */
  searchThreads?: number;
  /** Forms, compounds' parts aside, synonyms, translations and typos (default on); off only to measure what they cost. */
  forgivingSearch?: boolean;
  /** The secret the other parts sign their calls with (default: the data folder's). */
  secret?: Buffer;
}

/** The catalog subgraph over its own database. */
export function createCatalogSubgraph(options: CatalogOptions): CatalogSubgraph {
  const database = openCatalogDatabase(options.dataDir);
  const ingest = catalogIngest(database);
  if (options.providers) ingest.indexProviders(options.providers);
  const forgiving = options.forgivingSearch ?? true;
  const index = new SearchIndex(database, forgiving);
  const offeringRows = database.db.select().from(offerings).where(inJsonList(offerings.id)).prepare();
  const inProcess: InProcessSearch = {
    search: (query) => searchOfferings(database, index, query),
    suggest: (query) => suggest(index, query),
  };
  // With search threads, this thread loads no index of its own unless it must search after all:
  // 100,000 offerings in memory make each of its full garbage collections stall GraphQL for 150 ms.
  const threads = options.searchThreads ? new SearchThreads({ dataDir: options.dataDir, forgiving }, options.searchThreads, inProcess) : null;
  if (!threads) index.refresh();
  return {
    name: 'catalog',
    sdl: CATALOG_SDL,
    schema: subgraphSchema(parse(CATALOG_SDL), catalogResolvers(database, threads ?? { search: async (query) => inProcess.search(query), suggest: async (query) => inProcess.suggest(query) }, ingest, options.secret ?? identitySecret(options.dataDir))),
    ingest,
    queries: database.queries,
    search: inProcess.search,
    suggest: inProcess.suggest,
    offeringsById: (ids) => {
      const rows = new Map(offeringRows.all(jsonList(ids)).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id)).filter((row): row is OfferingRow => row !== undefined);
    },
    searchThreadsStarted: async () => threads?.started(),
    searchHealth: async () => threads?.health() ?? { threads: 0, ready: 0, answering: 0 },
    writes: database.writes,
    close: async () => {
      await threads?.close();
      database.close();
    },
  };
}
