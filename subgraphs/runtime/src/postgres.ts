import { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePostgres } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { pgSchema, text, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { QueryCounter } from './openDatabase';

/** A PostgreSQL database through drizzle, whichever driver reaches it. */
export type PostgresDatabase = PgDatabase<PgQueryResultHKT>;

export interface PostgresConnection {
  db: PostgresDatabase;
  /** The statements run through it, as for SQLite (tests that prove batching count them). */
  queries: QueryCounter;
  /**
   * Applies a subgraph's committed migrations to its own schema: a fresh database gets every one, an
   * older one the ones it lacks. Refuses a schema of that name that another application made.
   */
  migrate(migrationsFolder: string, schema: string): Promise<void>;
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 5_000;
const QUERY_TIMEOUT_MS = 15_000;

/** A start-up failure of the database, in one sentence naming DATABASE_URL and the cause. */
export class DatabaseUrlError extends Error {}

/** What the server's answer means for the operator; the URL's password never appears. */
function causeOf(error: unknown, url: URL): string {
  const { code, message } = error as { code?: string; message?: string };
  const where = `${url.hostname}:${url.port || '5432'}`;
  switch (code) {
    case 'ECONNREFUSED':
      return `no PostgreSQL server answers at ${where} (connection refused)`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `the host "${url.hostname}" is not known`;
    case 'ETIMEDOUT':
      return `the server at ${where} did not answer in time`;
    case '28P01':
    case '28000':
      return `the server refused user "${decodeURIComponent(url.username)}" with that password`;
    case '3D000':
      return `the database "${url.pathname.slice(1)}" does not exist on ${where}`;
    case '42501':
      return `user "${decodeURIComponent(url.username)}" may not create the hub's schemas there (it needs CREATE on the database)`;
    default:
      return message && !/Cannot read|undefined/.test(message) ? message : 'the server could not be used';
  }
}

/**
 * Connects to the server a `postgres://` URL names and checks it answers, so that a wrong address,
 * user or password stops start-up at once with the reason.
 */
export async function connectPostgres(databaseUrl: string, options: { maxConnections?: number } = {}): Promise<PostgresConnection> {
  const url = URL.canParse(databaseUrl) ? new URL(databaseUrl) : null;
  if (url === null || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')) {
    throw new DatabaseUrlError('DATABASE_URL must be a URL such as postgres://hub:secret@10.0.0.9:5432/campus');
  }
  // Bounded waits: a server that is away or stuck fails a request within seconds, never hangs it.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: options.maxConnections ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS });
  // An idle connection the server drops (a restart) is replaced on the next request, never a crash.
  pool.on('error', () => undefined);
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end();
    throw new DatabaseUrlError(`DATABASE_URL cannot be used: ${causeOf(error, url)}`, { cause: error });
  }
  const queries = new QueryCounter();
  const db = drizzleNodePostgres(pool, { logger: queries });
  return {
    db,
    queries,
    migrate: async (migrationsFolder, schema) => {
      // Processes starting together (two schedulers, say) migrate one after the other: the lock is
      // the server's, held by a connection of its own for as long as this migration runs.
      const lock = await pool.connect();
      try {
        await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`${MIGRATIONS_SCHEMA}.${schema}`]);
        await refuseForeignSchema(db, schema);
        await migrateNodePostgres(db, migrationTable(migrationsFolder, schema));
      } catch (error) {
        if (error instanceof DatabaseUrlError) throw error;
        throw new DatabaseUrlError(`DATABASE_URL cannot be used: ${causeOf(error, url)}`, { cause: error });
      } finally {
        await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`${MIGRATIONS_SCHEMA}.${schema}`]).catch(() => undefined);
        lock.release();
      }
    },
    close: () => pool.end(),
  };
}

/** PostgreSQL in this process (PGlite, WebAssembly, in memory): the PostgreSQL code without a server, for tests. */
export async function connectPglite(): Promise<PostgresConnection> {
  const client = await PGlite.create();
  const queries = new QueryCounter();
  const db = drizzlePglite(client, { logger: queries });
  return {
    db,
    queries,
    migrate: async (migrationsFolder, schema) => {
      await refuseForeignSchema(db, schema);
      await migratePglite(db, migrationTable(migrationsFolder, schema));
    },
    close: () => client.close(),
  };
}

/** The server's own list of tables, to tell the hub's schemas from another application's. */
const informationTables = pgSchema('information_schema').table('tables', { schema: text('table_schema').notNull(), name: text('table_name').notNull() });

/** Where each subgraph's applied migrations are recorded: a table by its name in a schema of the hub's own (its first migration creates its schema). */
const MIGRATIONS_SCHEMA = 'hub_migrations';

function migrationTable(migrationsFolder: string, schema: string) {
  return { migrationsFolder, migrationsSchema: MIGRATIONS_SCHEMA, migrationsTable: schema };
}

/** A schema by the subgraph's name whose tables the hub's migrations did not make belongs to someone else. */
async function refuseForeignSchema(db: PostgresDatabase, schema: string): Promise<void> {
  const tablesOf = async (inSchema: string) => (await db.select({ name: informationTables.name }).from(informationTables).where(eq(informationTables.schema, inSchema))).map((row) => row.name);
  const names = await tablesOf(schema);
  if (names.length > 0 && !(await tablesOf(MIGRATIONS_SCHEMA)).includes(schema)) {
    throw new DatabaseUrlError(`DATABASE_URL points at a database whose "${schema}" schema holds tables the hub did not make (${names.slice(0, 3).join(', ')}): another application's? Give the hub a database of its own`);
  }
}
