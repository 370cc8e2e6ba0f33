import { readStandaloneSettings, serveSubgraph } from '@campus/subgraph-runtime';
import { createCatalogSubgraph } from './createCatalogSubgraph';

/** Serves the catalog subgraph alone: `PORT` (default 4001), `HUB_DATA_DIR` (default ./data). */
const settings = readStandaloneSettings(process.env, 4001);
const catalog = createCatalogSubgraph({ dataDir: settings.dataDir });
const server = await serveSubgraph(catalog.schema, async () => ({}), settings.port);
console.log(`catalog subgraph at ${server.url}`);
