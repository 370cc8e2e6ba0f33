import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openDatabase, type SubgraphDatabase } from '@campus/subgraph-runtime';
import * as tables from './tables';

export type ProvidersDatabase = SubgraphDatabase<typeof tables>;

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

export function openProvidersDatabase(dataDir: string): ProvidersDatabase {
  return openDatabase(join(dataDir, 'providers.sqlite'), MIGRATIONS, tables);
}
