import { readStandaloneSettings, serveSubgraph } from '@campus/subgraph-runtime';
import { createCatalogSubgraph } from './createCatalogSubgraph';

/** Serves the catalog subgraph alone: `PORT` (default 4001), `HUB_DATA_DIR` (default ./data), `HUB_FEEDS_CONFIG`, `HUB_SEARCH_THREADS`. */
const settings = readStandaloneSettings(process.env, 4001);
const catalog = createCatalogSubgraph({ dataDir: settings.dataDir, providers: settings.config.providers, searchThreads: settings.searchThreads });
await catalog.searchThreadsStarted();
const server = await serveSubgraph(catalog.schema, settings.port);
console.log(`catalog subgraph at ${server.url}`);
