import { openCatalogIngest } from '@campus/catalog/ingest';
import { withDemoFeedsAt } from '@campus/schema';
import { loadHubConfig, serveSubgraph } from '@campus/subgraph-runtime';
import { createFeedsSubgraph } from './createFeedsSubgraph';

/**
 * Serves the feeds subgraph alone and runs the harvest scheduler: `PORT` (default 4003),
 * `HUB_DATA_DIR`, `HUB_FEEDS_CONFIG`, `HUB_ALLOW_PRIVATE_HOSTS` (comma-separated IPs or ranges),
 * `HUB_DEMO_FEEDS_URL` (where a separately started demo feed server listens).
 */
const dataDir = process.env['HUB_DATA_DIR'] ?? './data';
const config = withDemoFeedsAt(loadHubConfig(process.env['HUB_FEEDS_CONFIG'] ?? 'demo/feeds.json'), process.env['HUB_DEMO_FEEDS_URL'] ?? null);
const feeds = createFeedsSubgraph({
  dataDir,
  feeds: config.feeds,
  ingest: openCatalogIngest(dataDir),
  addressPolicy: { allowPrivate: (process.env['HUB_ALLOW_PRIVATE_HOSTS'] ?? '').split(',').filter(Boolean) },
});
const server = await serveSubgraph(feeds.schema, async () => ({}), Number(process.env['PORT'] ?? 4003));
console.log(`feeds subgraph at ${server.url}`);
void feeds.scheduler.start();
