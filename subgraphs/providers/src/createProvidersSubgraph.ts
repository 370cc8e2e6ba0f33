import { readFileSync } from 'node:fs';
import { parse, type GraphQLSchema } from 'graphql';
import type { ProviderConfig, ProviderSummary } from '@campus/schema';
import { identitySecret, subgraphSchema, type QueryCounter, type WriteHealth } from '@campus/subgraph-runtime';
import { ApiKeys } from './apiKeys';
import { openProvidersStore, type ProvidersDatabaseChoice } from './db/openProvidersStore';
import { ProviderAdministration } from './providerMutations';
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
  close(): Promise<void>;
}

export interface ProvidersOptions {
  dataDir: string;
  /** Where its tables are: the SQLite file in `dataDir` (default), or a PostgreSQL database. */
  database?: ProvidersDatabaseChoice;
  providers: readonly ProviderConfig[];
  /** Told of providers added or changed, for the catalogue's copy of their names. */
  onChange?: (providers: ProviderSummary[]) => void;
  /** The secret the other parts sign their calls with (default: the data folder's). */
  secret?: Buffer;
}

/** The providers subgraph over its own storage, with the operator's providers applied. */
export async function createProvidersSubgraph(options: ProvidersOptions): Promise<ProvidersSubgraph> {
  const store = await openProvidersStore(options.dataDir, options.database ?? { kind: 'sqlite' });
  await store.applyConfig(options.providers, new Date().toISOString());
  const keys = new ApiKeys(store);
  const administration = new ProviderAdministration(store, keys, options.onChange ?? (() => undefined));
  return {
    name: 'providers',
    sdl: PROVIDERS_SDL,
    schema: subgraphSchema(parse(PROVIDERS_SDL), providersResolvers(store, administration, keys, options.secret ?? identitySecret(options.dataDir))),
    queries: store.queries,
    keys,
    writes: store.writes,
    close: () => store.close(),
  };
}
