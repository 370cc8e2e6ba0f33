import { openCatalogIngest } from '@campus/catalog/ingest';
import { withDemoFeedsAt } from '@campus/schema';
import { readStandaloneSettings, serveSubgraph } from '@campus/subgraph-runtime';
import { createFeedsSubgraph } from './createFeedsSubgraph';

/**
 * Serves the feeds subgraph alone and runs the harvest scheduler: `PORT` (default 4003),
 * `HUB_DATA_DIR`, `HUB_FEEDS_CONFIG`, `HUB_ALLOW_PRIVATE_HOSTS` (comma-separated IPs or ranges),
 * `HUB_DEMO_FEEDS_URL` (where a separately started demo feed server listens).
 */
const settings = readStandaloneSettings(process.env, 4003);
const feeds = createFeedsSubgraph({
  dataDir: settings.dataDir,
  feeds: withDemoFeedsAt(settings.config, process.env['HUB_DEMO_FEEDS_URL'] ?? null).feeds,
  ingest: openCatalogIngest(settings.dataDir),
  addressPolicy: { allowPrivate: (process.env['HUB_ALLOW_PRIVATE_HOSTS'] ?? '').split(',').filter(Boolean) },
});
const server = await serveSubgraph(feeds.schema, settings.port);
console.log(`feeds subgraph at ${server.url}`);
void feeds.scheduler.start();
