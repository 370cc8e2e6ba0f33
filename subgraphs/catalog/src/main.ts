import { log, readStandaloneSettings, serveSubgraph, stopOnSignals } from '@campus/subgraph-runtime';
import { createCatalogSubgraph } from './createCatalogSubgraph';

/** Serves the catalog subgraph alone: `PORT` (default 4001), `HUB_DATA_DIR` (default ./data), `HUB_FEEDS_CONFIG`, `HUB_SEARCH_THREADS`. */
const settings = readStandaloneSettings(process.env, 4001);
log.level = settings.logLevel;
const catalog = createCatalogSubgraph({ dataDir: settings.dataDir, providers: settings.config.providers, searchThreads: settings.searchThreads, forgivingSearch: settings.forgivingSearch });
await catalog.searchThreadsStarted();
const server = await serveSubgraph(catalog.name, catalog.schema, settings.port);
console.log(`catalog subgraph at ${server.url}`);
stopOnSignals('catalog', async () => {
  await server.stop();
  await catalog.close();
});
