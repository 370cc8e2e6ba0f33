import { log, stopOnSignals } from '@campus/subgraph-runtime';
import { readHubSettings } from './hubSettings';
import { startHub } from './startHub';

/** `npm start`: the whole hub on its embedded default. Settings: see the README's configuration table. */
try {
  const settings = readHubSettings(process.env);
  const hub = await startHub(settings);
  console.log(`Digital Campus Hub at ${hub.url}/graphql (subgraphs: ${settings.subgraphMode}, data: ${settings.dataDir})`);
  void hub.initialHarvest.then(() => log.info({ part: 'feeds' }, 'first harvest done'));
  stopOnSignals('hub', () => hub.stop());
} catch (error) {
  console.error(`The hub could not start: ${(error as Error).message}`);
  process.exit(1);
}
