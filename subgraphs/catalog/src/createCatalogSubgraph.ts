import { readFileSync } from 'node:fs';
import { parse, type GraphQLSchema } from 'graphql';
import type { ProviderSummary, SnapshotIngest } from '@campus/schema';
import { identitySecret, subgraphSchema, type PostgresConnection, type QueryCounter, type WriteHealth } from '@campus/subgraph-runtime';
import { openCatalogStore } from './db/openCatalogStore';
import { catalogResolvers } from './resolvers';
import { indexFileIn, SearchIndex } from './search/searchIndex';
import { searchOfferings, type OfferingSearch, type SearchResult } from './search/searchOfferings';
import { SearchThreads, type InProcessSearch } from './search/searchThreads';
import type { Completion } from './search/completions';
import { suggest, type SuggestQuery } from './search/suggest';
import type { OfferingRow } from './db/tables';

export const CATALOG_SDL = readFileSync(new URL('./catalog.graphql', import.meta.url), 'utf8');

export interface CatalogSubgraph {
  name: 'catalog';
  sdl: string;
  schema: GraphQLSchema;
  /** The ingest interface through which harvests reach the catalogue. */
  ingest: SnapshotIngest;
  queries: QueryCounter;
  /** The search engine itself, without GraphQL: for benchmarks and in-process callers. */
  search(query: OfferingSearch): Promise<SearchResult>;
  /** Completions, without GraphQL: for benchmarks and in-process callers. */
  suggest(query: SuggestQuery): Promise<Completion[]>;
  /** Offering rows by id, in the order asked. */
  offeringsById(ids: readonly string[]): Promise<OfferingRow[]>;
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
  /** Where its tables are: its SQLite file in `dataDir` (default), or its schema of a PostgreSQL database (`url` for its search threads). */
  database?: { kind: 'sqlite' } | { kind: 'postgres'; connection: PostgresConnection; url: string | null };
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
export async function createCatalogSubgraph(options: CatalogOptions): Promise<CatalogSubgraph> {
  const database = options.database ?? { kind: 'sqlite' };
  const store = await openCatalogStore(options.dataDir, database);
  const ingest: SnapshotIngest = {
    applyFeedSnapshot: (snapshot) => store.applyFeedSnapshot(snapshot),
    withdrawFeed: (feedId, at) => store.withdrawFeed(feedId, at),
    indexProviders: (providers) => store.indexProviders(providers),
  };
  if (options.providers) await ingest.indexProviders(options.providers);
  const forgiving = options.forgivingSearch ?? true;
  const databaseUrl = database.kind === 'postgres' ? database.url : null;
  const searchesHere = !options.searchThreads || (database.kind === 'postgres' && !databaseUrl);
  // Saved in the data folder by whichever index searches: this thread's, or the first search thread's.
  const index = new SearchIndex(store, forgiving, undefined, { path: indexFileIn(options.dataDir), save: searchesHere });
  const inProcess: InProcessSearch = {
    search: (query) => searchOfferings(store, index, query),
    suggest: (query) => suggest(index, query),
  };
  // With search threads, this thread loads no index of its own unless it must search after all:
  // 100,000 offerings in memory make each of its full garbage collections stall GraphQL for 150 ms.
  // A database reached by no URL (PGlite, in this process) is searched in this thread.
  const threads = searchesHere ? null : new SearchThreads({ dataDir: options.dataDir, databaseUrl, forgiving }, options.searchThreads ?? 0, inProcess);
  if (!threads) await index.refresh();
  return {
    name: 'catalog',
    sdl: CATALOG_SDL,
    schema: subgraphSchema(parse(CATALOG_SDL), catalogResolvers(store, threads ?? inProcess, ingest, options.secret ?? identitySecret(options.dataDir))),
    ingest,
    queries: store.queries,
    search: inProcess.search,
    suggest: inProcess.suggest,
    offeringsById: async (ids) => {
      const rows = new Map((await store.offeringsById(ids)).map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id)).filter((row): row is OfferingRow => row !== undefined);
    },
    searchThreadsStarted: async () => threads?.started(),
    searchHealth: async () => threads?.health() ?? { threads: 0, ready: 0, answering: 0 },
    writes: store.writes,
    close: async () => {
      await threads?.close();
      await store.close();
    },
  };
}
