import { readFileSync } from 'node:fs';
import { parse, type GraphQLSchema } from 'graphql';
import type { ProviderConfig, ProviderSummary } from '@campus/schema';
import { identitySecret, subgraphSchema, type QueryCounter, type WriteHealth } from '@campus/subgraph-runtime';
import { ApiKeys } from './apiKeys';
import { openProvidersDatabase } from './db/openProvidersDatabase';
import { ProviderAdministration } from './providerMutations';
import { upsertProviders } from './db/upsertProviders';
import { providersResolvers } from './resolvers';

export const PROVIDERS_SDL = readFileSync(new URL('./providers.graphql', import.meta.url), 'utf8');

export interface ProvidersSubgraph {
  name: 'providers';
  sdl: string;
  schema: GraphQLSchema;
  queries: QueryCounter;
  keys: ApiKeys;
  /** Whether the providers' database can write. */
  writes: WriteHealth;
  close(): void;
}

/** The providers subgraph over its own database, with the operator's providers applied. */
export interface ProvidersOptions {
  dataDir: string;
  providers: readonly ProviderConfig[];
  /** Told of providers added or changed, for the catalogue's copy of their names. */
  onChange?: (providers: ProviderSummary[]) => void;
  /** The secret the other parts sign their calls with (default: the data folder's). */
  secret?: Buffer;
}

export function createProvidersSubgraph(options: ProvidersOptions): ProvidersSubgraph {
  const database = openProvidersDatabase(options.dataDir);
  upsertProviders(database, options.providers);
  const keys = new ApiKeys(database);
  const administration = new ProviderAdministration(database, keys, options.onChange ?? (() => undefined));
  return {
    name: 'providers',
    sdl: PROVIDERS_SDL,
    schema: subgraphSchema(parse(PROVIDERS_SDL), providersResolvers(database, administration, keys, options.secret ?? identitySecret(options.dataDir))),
    queries: database.queries,
    keys,
    writes: database.writes,
    close: () => database.close(),
  };
}
