import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCatalogSubgraph } from '@campus/catalog';
import type { ChildProcess } from 'node:child_process';
import { benchDataDir, freePort, PAGE, seed, startProcess, stopProcess, SUGGEST, typedPrefixes, workload } from './benchHub';
import { graphqlClient, runLoad, type LoadResult } from './loadTest';
import { measure, type BenchReport } from './measure';
import { benchServer, seededDatabase } from './postgresBench';
import { widgetBench, type WidgetBenchReport } from './widgetBench';

const CLIENTS = 16;
const SECONDS = 10;

async function inProcess(dataDir: string): Promise<() => Promise<boolean>> {
  const catalog = await createCatalogSubgraph({ dataDir });
  const next = workload(7);
  return async () => {
    const { search, filter } = next();
    const result = await catalog.search({ search, filter, sort: null, first: 20, after: null, now: new Date(), facets: ['formats', 'topics', 'targetGroups', 'cost'] });
    return (await catalog.offeringsById(result.hits.map((h) => h.id))).length === result.hits.length;
  };
}

export interface SearchBenchReport {
  seeded: { seconds: number };
  raw: LoadResult;
  subgraph: LoadResult;
  gateway: LoadResult;
  /** The same workload with word forms, synonyms, translations and typos off (HUB_SEARCH_FORGIVING=off). */
  gatewayStrict: LoadResult;
  /** The parts as processes of their own (hub start catalog|providers|feeds): the workload through `hub start gateway` and through Hive Gateway over them. */
  separate: { ownGateway: LoadResult; hiveGateway: LoadResult };
  /** The same workload on PostgreSQL (DATABASE_URL): the catalog service directly and through the gateway, or why it did not run. */
  postgres: { seeded: { seconds: number }; subgraph: LoadResult; gateway: LoadResult } | { skipped: string };
  /** `suggest` through the gateway, 16 clients, prefixes of the catalogue's words as typed. */
  suggest: LoadResult;
  icalExport: BenchReport;
  widget: WidgetBenchReport;
}

export async function searchBench(): Promise<SearchBenchReport> {
  const dataDir = benchDataDir();
  const seeded = await seed(dataDir);
  const raw = await runLoad(1, SECONDS, await inProcess(dataDir));

  // The catalog service alone, asked directly.
  const searchSubgraph = async (env: Record<string, string> = {}): Promise<LoadResult> => {
    const catalogPort = await freePort();
    const catalog = await startProcess('hub/src/cli/main.ts', { HUB_CATALOG_PORT: String(catalogPort), HUB_DATA_DIR: dataDir, HUB_FEEDS_CONFIG: join(dataDir, 'feeds.json'), ...env }, /catalog service at/, ['start', 'catalog']);
    const direct = graphqlClient(`http://127.0.0.1:${catalogPort}/`, CLIENTS);
    const directWork = workload(7);
    const result = await runLoad(CLIENTS, SECONDS, () => direct.post(PAGE('id'), directWork()));
    await direct.close();
    await stopProcess(catalog);
    return result;
  };
  const subgraph = await searchSubgraph();

  // The 16 clients stand for many visitors but share one address: the limiter runs, with room for them all.
  const startHub = async (forgiving: 'on' | 'off', env: Record<string, string> = {}): Promise<{ port: number; hub: ChildProcess }> => {
    const port = await freePort();
    const base = { PORT: String(port), HOST: '127.0.0.1', HUB_DATA_DIR: dataDir, HUB_FEEDS_CONFIG: join(dataDir, 'feeds.json'), HUB_SCHEDULER: 'off', HUB_RATE_LIMIT_PER_ADDRESS: '10000000', HUB_SEARCH_FORGIVING: forgiving };
    return { port, hub: await startProcess('hub/src/main.ts', { ...base, ...env }, /Digital Campus Hub at/) };
  };
  const searchThroughGateway = async (port: number): Promise<LoadResult> => {
    const client = graphqlClient(`http://127.0.0.1:${port}/graphql`, CLIENTS);
    const work = workload(7);
    const result = await runLoad(CLIENTS, SECONDS, () => client.post(PAGE('name'), work()));
    await client.close();
    return result;
  };
  const separate = await separateServices(dataDir, searchThroughGateway);
  const postgres = await onPostgres(async (env) => {
    const subgraphOnPostgres = await searchSubgraph(env);
    const { port, hub } = await startHub('on', env);
    const gatewayOnPostgres = await searchThroughGateway(port);
    await stopProcess(hub);
    return { subgraph: subgraphOnPostgres, gateway: gatewayOnPostgres };
  });

  const strict = await startHub('off');
  const gatewayStrict = await searchThroughGateway(strict.port);
  await stopProcess(strict.hub);

  const { port: gatewayPort, hub } = await startHub('on');
  const gateway = await searchThroughGateway(gatewayPort);
  const completing = graphqlClient(`http://127.0.0.1:${gatewayPort}/graphql`, CLIENTS);
  const prefixes = typedPrefixes(13);
  const suggest = await runLoad(CLIENTS, SECONDS, () => completing.post(SUGGEST, { prefix: prefixes() }));
  await completing.close();
  const icalExport = await measure('iCalendar export of 1,000 offerings through the gateway', 1000, async () => {
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/export/offerings.ics?limit=1000`);
    if (!(await response.text()).includes('END:VCALENDAR')) throw new Error('the export is not a calendar');
  });
  const words = workload(11);
  const widget = await widgetBench(`http://127.0.0.1:${gatewayPort}`, Array.from({ length: 21 }, () => words().search));
  await stopProcess(hub);
  return { seeded, raw, subgraph, gateway, gatewayStrict, separate, postgres, suggest, icalExport, widget };
}

/**
 * The catalog service and the gateway with every part's tables on PostgreSQL: the same catalogue
 * harvested into a fresh database, then the same workload, each process with DATABASE_URL set.
 */
async function onPostgres(measure: (env: Record<string, string>) => Promise<{ subgraph: LoadResult; gateway: LoadResult }>): Promise<SearchBenchReport['postgres']> {
  const server = await benchServer();
  if ('skipped' in server) return server;
  try {
    const database = await seededDatabase(server);
    // A data folder of its own, so that nothing of the SQLite catalogue's folder is read.
    const dataDir = mkdtempSync(join(tmpdir(), 'campus-bench-pg-hub-'));
    try {
      return { seeded: { seconds: database.seconds }, ...(await measure({ DATABASE_URL: database.url, HUB_DATA_DIR: dataDir })) };
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      await database.drop();
    }
  } finally {
    await server.stop();
  }
}

/**
 * The same workload with each part a process of its own over the benchmark's data folder: through
 * the hub's own gateway, then through Hive Gateway (with the hub's configuration) over the same
 * running subgraphs, one after the other so that each has the machine to itself.
 */
async function separateServices(dataDir: string, searchThroughGateway: (port: number) => Promise<LoadResult>): Promise<SearchBenchReport['separate']> {
  const base = { HUB_DATA_DIR: dataDir, HUB_FEEDS_CONFIG: join(dataDir, 'feeds.json'), HUB_LOG_LEVEL: 'warn' };
  const ports = { catalog: await freePort(), providers: await freePort(), feeds: await freePort() };
  const urls = Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, `http://127.0.0.1:${port}/`])) as Record<keyof typeof ports, string>;
  const part = (name: keyof typeof ports, env: Record<string, string> = {}) =>
    startProcess('hub/src/cli/main.ts', { ...base, [`HUB_${name.toUpperCase()}_PORT`]: String(ports[name]), HUB_CATALOG_URL: urls.catalog, ...env }, new RegExp(`${name} service at`), ['start', name]);
  const catalog = await part('catalog');
  const others = await Promise.all([part('providers'), part('feeds')]);
  const gatewayEnv = { ...base, HUB_CATALOG_URL: urls.catalog, HUB_PROVIDERS_URL: urls.providers, HUB_FEEDS_URL: urls.feeds, HOST: '127.0.0.1', HUB_RATE_LIMIT_PER_ADDRESS: '10000000' };
  const ownPort = await freePort();
  const own = await startProcess('hub/src/cli/main.ts', { ...gatewayEnv, PORT: String(ownPort) }, /gateway service at/, ['start', 'gateway']);
  const ownGateway = await searchThroughGateway(ownPort);
  await stopProcess(own);
  const hivePort = await freePort();
  // Hive Gateway runs as `npx hive-gateway` would; it serves the supergraph the hub's gateway wrote.
  const hive = await startProcess(
    'node_modules/@graphql-hive/gateway/dist/bin.js',
    gatewayEnv,
    /Listening on/,
    ['supergraph', join(dataDir, 'supergraph.graphql'), '-c', 'hub/hive/gateway.config.ts', '-p', String(hivePort), '-h', '127.0.0.1'],
  );
  const hiveGateway = await searchThroughGateway(hivePort);
  await stopProcess(hive);
  for (const child of [...others, catalog]) await stopProcess(child);
  return { ownGateway, hiveGateway };
}
