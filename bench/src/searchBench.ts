import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCatalogSubgraph } from '@campus/catalog';
import { TARGET_GROUPS, TOPICS } from '@campus/schema';
import { graphqlClient, runLoad, type LoadResult } from './loadTest';
import { measure, type BenchReport } from './measure';
import { random, syntheticOfferings, VOCABULARY } from './syntheticCatalogue';
import { widgetBench, type WidgetBenchReport } from './widgetBench';

const OFFERINGS = 100_000;
const FEEDS = 20;
const CLIENTS = 16;
const SECONDS = 10;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PROVIDERS = Array.from({ length: FEEDS }, (_, i) => ({ id: `anbieter-${i}`, name: `Bildungsanbieter ${i}`, kind: i % 2 === 0 ? 'UNIVERSITY' : 'ADULT_EDUCATION' }));

/** Seeds the catalogue once per machine; later runs reuse the same deterministic data. */
function seed(dataDir: string): { seconds: number } {
  const started = performance.now();
  if (existsSync(join(dataDir, 'seeded'))) return { seconds: 0 };
  mkdirSync(dataDir, { recursive: true });
  const catalog = createCatalogSubgraph({ dataDir, providers: PROVIDERS });
  const now = new Date();
  for (let feed = 0; feed < FEEDS; feed += 1) {
    catalog.ingest.applyFeedSnapshot({ feedId: `feed-${feed}`, providerId: `anbieter-${feed}`, feedUrl: `https://kurse.example.de/${feed}`, harvestedAt: now, offerings: syntheticOfferings(OFFERINGS / FEEDS, feed + 1, now) });
  }
  catalog.close();
  writeFileSync(join(dataDir, 'seeded'), now.toISOString());
  writeFileSync(join(dataDir, 'feeds.json'), JSON.stringify({ providers: PROVIDERS, feeds: [] }));
  return { seconds: (performance.now() - started) / 1000 };
}

/** A varying search with two filters, as the widget sends while people type and click. */
function workload(seedValue: number): () => { search: string; filter: Record<string, unknown> } {
  const next = random(seedValue);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return () => {
    const filters: Record<string, unknown>[] = [{ formats: ['IN_PERSON', 'HYBRID'] }, { targetGroups: [pick(TARGET_GROUPS)] }, { topics: [pick(TOPICS)] }, { free: true }];
    const [a, b] = [filters.splice(Math.floor(next() * filters.length), 1)[0]!, filters[Math.floor(next() * filters.length)]!];
    return { search: pick(VOCABULARY), filter: { ...a, ...b } };
  };
}

const PAGE = (provider: string) =>
  `query($search: String, $filter: OfferingFilter) { offerings(search: $search, filter: $filter, first: 20) { totalCount facets { formats { value count } topics { value count } targetGroups { value count } cost { value count } } edges { node { id title provider { ${provider} } } } } }`;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startProcess(script: string, env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => ready.test(chunk.toString()) && resolve());
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return child;
}

function inProcess(dataDir: string): () => Promise<boolean> {
  const catalog = createCatalogSubgraph({ dataDir });
  const next = workload(7);
  return async () => {
    const { search, filter } = next();
    const result = catalog.search({ search, filter, sort: null, first: 20, after: null, now: new Date(), facets: ['formats', 'topics', 'targetGroups', 'cost'] });
    return catalog.offeringsById(result.hits.map((h) => h.id)).length === result.hits.length;
  };
}

export interface SearchBenchReport {
  seeded: { seconds: number };
  raw: LoadResult;
  subgraph: LoadResult;
  gateway: LoadResult;
  icalExport: BenchReport;
  widget: WidgetBenchReport;
}

export async function searchBench(): Promise<SearchBenchReport> {
  const dataDir = join(tmpdir(), `campus-bench-${OFFERINGS}-v2`);
  const seeded = seed(dataDir);
  const raw = await runLoad(1, SECONDS, inProcess(dataDir));

  const catalogPort = await freePort();
  const catalog = await startProcess('subgraphs/catalog/src/main.ts', { PORT: String(catalogPort), HUB_DATA_DIR: dataDir, HUB_FEEDS_CONFIG: join(dataDir, 'feeds.json') }, /catalog subgraph at/);
  const direct = graphqlClient(`http://127.0.0.1:${catalogPort}/`, CLIENTS);
  const directWork = workload(7);
  const subgraph = await runLoad(CLIENTS, SECONDS, () => direct.post(PAGE('id'), directWork()));
  await direct.close();
  catalog.kill();

  const gatewayPort = await freePort();
  const hub = await startProcess('gateway/src/main.ts', { PORT: String(gatewayPort), HOST: '127.0.0.1', HUB_DATA_DIR: dataDir, HUB_FEEDS_CONFIG: join(dataDir, 'feeds.json'), HUB_SCHEDULER: 'off' }, /Digital Campus Hub at/);
  const viaGateway = graphqlClient(`http://127.0.0.1:${gatewayPort}/graphql`, CLIENTS);
  const gatewayWork = workload(7);
  const gateway = await runLoad(CLIENTS, SECONDS, () => viaGateway.post(PAGE('name'), gatewayWork()));
  await viaGateway.close();
  const icalExport = await measure('iCalendar export of 1,000 offerings through the gateway', 1000, async () => {
    const response = await fetch(`http://127.0.0.1:${gatewayPort}/export/offerings.ics?limit=1000`);
    if (!(await response.text()).includes('END:VCALENDAR')) throw new Error('the export is not a calendar');
  });
  const words = workload(11);
  const widget = await widgetBench(`http://127.0.0.1:${gatewayPort}`, Array.from({ length: 21 }, () => words().search));
  hub.kill();
  return { seeded, raw, subgraph, gateway, icalExport, widget };
}
