import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createCatalogSubgraph } from '@campus/catalog';
import { connectPostgres } from '@campus/subgraph-runtime';
import { freePort, OFFERINGS, PROVIDERS, ROOT, seedOfferings } from './benchHub';

const run = promisify(execFile);

/** A PostgreSQL server for the benchmark: HUB_BENCH_DATABASE_URL's, or a throw-away one as CI starts it (.ci/postgres). */
export interface BenchServer {
  /** A URL of the server (its `postgres` database). */
  url: string;
  stop(): Promise<void>;
}

/** The server to measure on, or why there is none. */
export async function benchServer(): Promise<BenchServer | { skipped: string }> {
  const given = process.env['HUB_BENCH_DATABASE_URL'];
  if (given) return { url: given, stop: async () => undefined };
  const script = join(ROOT, '.ci/postgres');
  try {
    const { stdout } = await run('bash', [script, String(await freePort())]);
    const values = Object.fromEntries(stdout.trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2)));
    const folder = values['FOLDER']!;
    return { url: values['HUB_TEST_DATABASE_URL']!, stop: async () => void (await run('bash', [script, 'stop', folder])) };
  } catch (error) {
    return { skipped: `no PostgreSQL server: set HUB_BENCH_DATABASE_URL, or install Debian's postgresql and run as root (.ci/postgres said: ${String((error as { stderr?: string }).stderr ?? error).trim().split('\n')[0]})` };
  }
}

/** A fresh database on the server with the benchmark's catalogue harvested into it, by the catalogue's own ingest. */
export async function seededDatabase(server: BenchServer): Promise<{ url: string; seconds: number; drop(): Promise<void> }> {
  const name = `campus_bench_${OFFERINGS}`;
  const admin = async (statement: string, on = server.url) => {
    const client = new pg.Client({ connectionString: on });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'campus-bench-pg-'));
  const catalog = await createCatalogSubgraph({ dataDir, database: { kind: 'postgres', connection: await connectPostgres(url.href), url: url.href }, providers: PROVIDERS });
  await seedOfferings(catalog.ingest);
  await catalog.close();
  // As PostgreSQL's manual advises after a bulk load: fresh statistics and visibility, so that the
  // measurement meets a database in its steady state rather than autovacuum catching up beside it.
  await admin(`VACUUM (ANALYZE)`, url.href);
  rmSync(dataDir, { recursive: true, force: true });
  return { url: url.href, seconds: (performance.now() - started) / 1000, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
