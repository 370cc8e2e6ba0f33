import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCatalogSubgraph } from '@campus/catalog';
import { freePort, OFFERINGS, PAGE, seed, startProcess, stopProcess, workload } from './benchHub';
import { graphqlClient, runLoad, type LoadResult } from './loadTest';
import { measure, type BenchReport } from './measure';
import { widgetBench, type WidgetBenchReport } from './widgetBench';

const CLIENTS = 16;
const SECONDS = 10;

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
  await stopProcess(catalog);

  const gatewayPort = await freePort();
  // The 16 clients stand for many visitors but share one address: the limiter runs, with room for them all.
  const hub = await startProcess(
    'gateway/src/main.ts',
    { PORT: String(gatewayPort), HOST: '127.0.0.1', HUB_DATA_DIR: dataDir, HUB_FEEDS_CONFIG: join(dataDir, 'feeds.json'), HUB_SCHEDULER: 'off', HUB_RATE_LIMIT_PER_ADDRESS: '10000000' },
    /Digital Campus Hub at/,
  );
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
  await stopProcess(hub);
  return { seeded, raw, subgraph, gateway, icalExport, widget };
}
