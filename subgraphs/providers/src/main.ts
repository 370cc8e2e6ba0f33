import { log, readStandaloneSettings, serveSubgraph, stopOnSignals } from '@campus/subgraph-runtime';
import { createProvidersSubgraph } from './createProvidersSubgraph';

/** Serves the providers subgraph alone: `PORT` (default 4002), `HUB_DATA_DIR`, `HUB_FEEDS_CONFIG`. */
const settings = readStandaloneSettings(process.env, 4002);
log.level = settings.logLevel;
const providers = createProvidersSubgraph({ dataDir: settings.dataDir, providers: settings.config.providers });
const server = await serveSubgraph(providers.name, providers.schema, settings.port);
console.log(`providers subgraph at ${server.url}`);
stopOnSignals('providers', async () => {
  await server.stop();
  await providers.close();
});
