import { loadHubConfig, serveSubgraph } from '@campus/subgraph-runtime';
import { createProvidersSubgraph } from './createProvidersSubgraph';

/** Serves the providers subgraph alone: `PORT` (default 4002), `HUB_DATA_DIR`, `HUB_FEEDS_CONFIG`. */
const config = loadHubConfig(process.env['HUB_FEEDS_CONFIG'] ?? 'demo/feeds.json');
const providers = createProvidersSubgraph({ dataDir: process.env['HUB_DATA_DIR'] ?? './data', providers: config.providers });
const server = await serveSubgraph(providers.schema, async () => ({}), Number(process.env['PORT'] ?? 4002));
console.log(`providers subgraph at ${server.url}`);
