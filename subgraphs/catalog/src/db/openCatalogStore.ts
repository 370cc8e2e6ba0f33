import { fileURLToPath } from 'node:url';
import type { PostgresConnection } from '@campus/subgraph-runtime';
import type { CatalogStore } from './catalogStore';
import { openCatalogDatabase } from './openCatalogDatabase';
import { postgresCatalogStore } from './postgresCatalogStore';
import { sqliteCatalogStore } from './sqliteCatalogStore';

const PG_MIGRATIONS = fileURLToPath(new URL('../../drizzle-pg', import.meta.url));

/** Where the catalogue keeps its tables: its SQLite file, or its schema of a PostgreSQL database. */
export type CatalogDatabaseChoice = { kind: 'sqlite' } | { kind: 'postgres'; connection: PostgresConnection };

/** Opens the catalogue's storage and brings it to the current migration. */
export async function openCatalogStore(dataDir: string, choice: CatalogDatabaseChoice): Promise<CatalogStore> {
  if (choice.kind === 'sqlite') return sqliteCatalogStore(openCatalogDatabase(dataDir));
  await choice.connection.migrate(PG_MIGRATIONS, 'catalog');
  return postgresCatalogStore(choice.connection);
}
