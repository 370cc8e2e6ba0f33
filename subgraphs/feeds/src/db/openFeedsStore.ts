import { fileURLToPath } from 'node:url';
import type { PostgresConnection } from '@campus/subgraph-runtime';
import type { FeedsStore } from './feedsStore';
import { openFeedsDatabase } from './openFeedsDatabase';
import { postgresFeedsStore } from './postgresFeedsStore';
import { sqliteFeedsStore } from './sqliteFeedsStore';

const PG_MIGRATIONS = fileURLToPath(new URL('../../drizzle-pg', import.meta.url));

/** Where the feeds service keeps its tables: its SQLite file, or its schema of a PostgreSQL database. */
export type FeedsDatabaseChoice = { kind: 'sqlite' } | { kind: 'postgres'; connection: PostgresConnection };

/** Opens the feeds' storage and brings it to the current migration. */
export async function openFeedsStore(dataDir: string, choice: FeedsDatabaseChoice): Promise<FeedsStore> {
  if (choice.kind === 'sqlite') return sqliteFeedsStore(openFeedsDatabase(dataDir));
  await choice.connection.migrate(PG_MIGRATIONS, 'feeds');
  return postgresFeedsStore(choice.connection);
}
