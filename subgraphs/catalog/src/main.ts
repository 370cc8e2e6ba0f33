import { serveSubgraph } from '@campus/subgraph-runtime';
import { createCatalogSubgraph } from './createCatalogSubgraph';

/** Serves the catalog subgraph alone: `PORT` (default 4001), `HUB_DATA_DIR` (default ./data). */
const catalog = createCatalogSubgraph({ dataDir: process.env['HUB_DATA_DIR'] ?? './data' });
const server = await serveSubgraph(catalog.schema, async () => ({}), Number(process.env['PORT'] ?? 4001));
console.log(`catalog subgraph at ${server.url}`);
