import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import type { ProviderSummary, SnapshotIngest } from '@campus/schema';
import type { QueryCounter } from '@campus/subgraph-runtime';
import { openCatalogDatabase } from './db/openCatalogDatabase';
import { catalogIngest } from './ingest/applyFeedSnapshot';
import { catalogResolvers } from './resolvers';
import { SearchIndex } from './search/searchIndex';
import { searchOfferings, type OfferingSearch, type SearchResult } from './search/searchOfferings';
import { offerings } from './db/tables';
import { inArray } from 'drizzle-orm';

type OfferingRow = typeof offerings.$inferSelect;

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
  /** Offering rows by id, in the order asked. */
  offeringsById(ids: readonly string[]): OfferingRow[];
  close(): void;
}

/** The catalog subgraph over its own database; `providers` are indexed for search and filters. */
export function createCatalogSubgraph(options: { dataDir: string; providers?: readonly ProviderSummary[] }): CatalogSubgraph {
  const database = openCatalogDatabase(options.dataDir);
  const ingest = catalogIngest(database);
  if (options.providers) ingest.indexProviders(options.providers);
  const index = new SearchIndex(database);
  index.refresh();
  return {
    name: 'catalog',
    sdl: CATALOG_SDL,
    schema: buildSubgraphSchema({ typeDefs: parse(CATALOG_SDL), resolvers: catalogResolvers(database, index) as never }),
    ingest,
    queries: database.queries,
    search: (query) => searchOfferings(database, index, query),
    offeringsById: (ids) => {
      const rows = new Map(database.db.select().from(offerings).where(inArray(offerings.id, [...ids])).all().map((row) => [row.id, row]));
      return ids.map((id) => rows.get(id)).filter((row): row is OfferingRow => row !== undefined);
    },
    close: () => database.close(),
  };
}
