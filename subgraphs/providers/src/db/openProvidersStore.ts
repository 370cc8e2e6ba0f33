import { fileURLToPath } from 'node:url';
import type { PostgresConnection } from '@campus/subgraph-runtime';
import { openProvidersDatabase } from './openProvidersDatabase';
import { postgresProvidersStore } from './postgresProvidersStore';
import type { ProvidersStore } from './providersStore';
import { sqliteProvidersStore } from './sqliteProvidersStore';

const PG_MIGRATIONS = fileURLToPath(new URL('../../drizzle-pg', import.meta.url));

/** Where the providers service keeps its tables: its SQLite file, or its schema of a PostgreSQL database. */
export type ProvidersDatabaseChoice = { kind: 'sqlite' } | { kind: 'postgres'; connection: PostgresConnection };

/** Opens the providers' storage and brings it to the current migration. */
export async function openProvidersStore(dataDir: string, choice: ProvidersDatabaseChoice): Promise<ProvidersStore> {
  if (choice.kind === 'sqlite') return sqliteProvidersStore(openProvidersDatabase(dataDir));
  await choice.connection.migrate(PG_MIGRATIONS, 'providers');
  return postgresProvidersStore(choice.connection);
}
