import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openDatabase, type SubgraphDatabase } from '@campus/subgraph-runtime';
import * as tables from './tables';

export type CatalogDatabase = SubgraphDatabase<typeof tables>;

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** The catalogue's own SQLite file in the hub's data folder. */
export function openCatalogDatabase(dataDir: string): CatalogDatabase {
  return openDatabase(join(dataDir, 'catalog.sqlite'), MIGRATIONS, tables);
}
