import { openCatalogIngest } from '@campus/catalog/ingest';
import { addressPolicy } from '@campus/harvesters';
import { log, readStandaloneSettings, serveSubgraph, stopOnSignals } from '@campus/subgraph-runtime';
import { createFeedsSubgraph } from './createFeedsSubgraph';

/**
 * Serves the feeds subgraph alone and runs the harvest scheduler: `PORT` (default 4003),
 * `HUB_DATA_DIR`, `HUB_FEEDS_CONFIG`, `HUB_ALLOW_PRIVATE_HOSTS` (comma-separated `address:port` pairs),
 * `HUB_DEMO_FEEDS_URL` (where a separately started demo feed server listens).
 */
const settings = readStandaloneSettings(process.env, 4003);
log.level = settings.logLevel;
const ingest = openCatalogIngest(settings.dataDir);
const feeds = createFeedsSubgraph({
  dataDir: settings.dataDir,
  feeds: settings.config.feeds,
  ingest,
  addressPolicy: addressPolicy((process.env['HUB_ALLOW_PRIVATE_HOSTS'] ?? '').split(',').filter(Boolean)),
  demoFeedsUrl: process.env['HUB_DEMO_FEEDS_URL'] ?? null,
  logLevel: settings.logLevel,
});
const server = await serveSubgraph(feeds.name, feeds.schema, settings.port);
console.log(`feeds subgraph at ${server.url}`);
void feeds.scheduler.start();
stopOnSignals('feeds', async () => {
  // Apollo's standalone server lets its requests finish for 10 s; harvests a request asked for get as long.
  await Promise.all([server.stop(), feeds.scheduler.stop(10_000)]);
  await feeds.close();
  ingest.close();
});
