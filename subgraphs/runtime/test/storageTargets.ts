import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';
import { connectPglite, connectPostgres, type PostgresConnection } from '../src/postgres';

/** A PostgreSQL server for the storage suites: CI starts one and names it here (see .ci/run). */
export const SERVER_URL = process.env['HUB_TEST_DATABASE_URL'] ?? null;

/** Why the server suites did not run here, in one line; null when they do. */
export const SERVER_SKIPPED = SERVER_URL ? null : 'the PostgreSQL server suites did not run: HUB_TEST_DATABASE_URL is not set (.ci/run sets it; they ran on PGlite instead)';

/** The PostgreSQL databases a storage suite runs on: PGlite always, and the server when there is one. */
export interface PostgresTarget {
  name: string;
  /** A fresh, empty database, and how to get rid of it. */
  fresh(): Promise<{ connect(): Promise<PostgresConnection>; drop(): Promise<void> }>;
}

const pglite: PostgresTarget = {
  name: 'PGlite',
  fresh: async () => {
    const connection = await connectPglite();
    // One in-memory database: every connect() is the same one, as reopening a server's would be.
    return { connect: async () => ({ ...connection, close: async () => undefined }), drop: () => connection.close() };
  },
};

/** A database of its own on the test server (HUB_TEST_DATABASE_URL), by its URL, and how to drop it. */
export async function freshServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const url = SERVER_URL!;
  const name = `campus_test_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { url: target.href, drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** A database of its own on the server for each use, dropped afterwards. */
const server: PostgresTarget = {
  name: 'PostgreSQL server',
  fresh: async () => {
    const database = await freshServerDatabase();
    return { connect: () => connectPostgres(database.url), drop: () => database.drop() };
  },
};

export const POSTGRES_TARGETS: PostgresTarget[] = [pglite, ...(SERVER_URL ? [server] : [])];

/** A store opened fresh for a test, how to open it again on the same data, and how to get rid of it. */
export interface OpenedStore<S> {
  store: S;
  reopen(): Promise<S>;
  drop(): Promise<void>;
}

/**
 * Every storage a subgraph runs on, for one behaviour suite: its SQLite file in a fresh folder,
 * PGlite, and the PostgreSQL server where there is one. `open` opens the subgraph's store on a
 * data folder (SQLite) or a connection (PostgreSQL).
 */
export function storagesOf<S>(open: (target: { kind: 'sqlite'; dataDir: string } | { kind: 'postgres'; connection: PostgresConnection }) => Promise<S>): { name: string; open(): Promise<OpenedStore<S>> }[] {
  return [
    {
      name: 'SQLite',
      open: async () => {
        const dataDir = mkdtempSync(join(tmpdir(), 'campus-store-'));
        return { store: await open({ kind: 'sqlite', dataDir }), reopen: () => open({ kind: 'sqlite', dataDir }), drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
      },
    },
    ...POSTGRES_TARGETS.map((target) => ({
      name: target.name,
      open: async () => {
        const database = await target.fresh();
        return {
          store: await open({ kind: 'postgres', connection: await database.connect() }),
          reopen: async () => open({ kind: 'postgres', connection: await database.connect() }),
          drop: () => database.drop(),
        };
      },
    })),
  ];
}

/**
 * Stores of one storage for one suite: each `fresh()` opens a new one, `keep` adds another opened
 * on the same data; all are closed and their data dropped after the suite.
 */
export function suiteStores<S extends { close(): Promise<void> }>(storage: { open(): Promise<OpenedStore<S>> }): { fresh(): Promise<OpenedStore<S>>; keep(store: S): void } {
  const opened: { store: S; drop(): Promise<void> }[] = [];
  afterAll(async () => {
    for (const { store, drop } of opened) {
      await store.close();
      await drop();
    }
  });
  return {
    fresh: async () => {
      const made = await storage.open();
      opened.push(made);
      return made;
    },
    keep: (store) => void opened.push({ store, drop: async () => undefined }),
  };
}
