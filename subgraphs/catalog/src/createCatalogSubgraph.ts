import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import type { SnapshotIngest } from '@campus/schema';
import type { QueryCounter } from '@campus/subgraph-runtime';
import { openCatalogDatabase } from './db/openCatalogDatabase';
import { catalogIngest } from './ingest/applyFeedSnapshot';
import { catalogResolvers } from './resolvers';

export const CATALOG_SDL = readFileSync(new URL('./catalog.graphql', import.meta.url), 'utf8');

export interface CatalogSubgraph {
  name: 'catalog';
  sdl: string;
  schema: GraphQLSchema;
  /** The ingest interface through which harvests reach the catalogue. */
  ingest: SnapshotIngest;
  queries: QueryCounter;
  close(): void;
}

export function createCatalogSubgraph(options: { dataDir: string }): CatalogSubgraph {
  const database = openCatalogDatabase(options.dataDir);
  return {
    name: 'catalog',
    sdl: CATALOG_SDL,
    schema: buildSubgraphSchema({ typeDefs: parse(CATALOG_SDL), resolvers: catalogResolvers(database) as never }),
    ingest: catalogIngest(database),
    queries: database.queries,
    close: () => database.close(),
  };
}
