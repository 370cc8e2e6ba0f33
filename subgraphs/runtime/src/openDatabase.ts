import { mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { WriteHealth } from './writeHealth';

/** Counts the statements a subgraph runs, so tests can prove that entity lookups are batched. */
export class QueryCounter {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
}

export interface SubgraphDatabase<TSchema extends Record<string, unknown>> {
  db: BetterSQLite3Database<TSchema>;
  sqlite: Database.Database;
  queries: QueryCounter;
  /** Whether it can write; its important writes go through `writes.write`. */
  writes: WriteHealth;
  close(): void;
}

/**
 * Opens (creating if needed) a subgraph's own SQLite file in WAL mode and applies its committed
 * migrations, so that a fresh data folder and an old one both end at the current schema.
 */
export function openDatabase<TSchema extends Record<string, unknown>>(file: string, migrationsFolder: string, schema: TSchema): SubgraphDatabase<TSchema> {
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const queries = new QueryCounter();
  const db = drizzle(sqlite, { schema, logger: queries });
  migrate(db, { migrationsFolder });
  return { db, sqlite, queries, writes: new WriteHealth(basename(file, '.sqlite'), dirname(file)), close: () => sqlite.close() };
}
