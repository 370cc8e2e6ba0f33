import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { openDatabase, type SubgraphDatabase } from '@campus/subgraph-runtime';
import * as tables from './tables';

export type FeedsDatabase = SubgraphDatabase<typeof tables>;

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

export function openFeedsDatabase(dataDir: string): FeedsDatabase {
  return openDatabase(join(dataDir, 'feeds.sqlite'), MIGRATIONS, tables);
}
