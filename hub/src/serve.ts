import { log, stopOnSignals } from '@campus/subgraph-runtime';
import { readHubSettings, type Part } from './settings';
import { startHub } from './startHub';
import { startPart } from './startPart';

/**
 * Runs the whole hub in this process (`npm start`, `hub start`), or one part of it (`hub start
 * catalog`), until SIGTERM or SIGINT. A setting or start-up that fails ends it with one sentence.
 */
export async function serve(part: Part | null, env: NodeJS.ProcessEnv): Promise<void> {
  try {
    const settings = readHubSettings(env);
    if (part === null) {
      const hub = await startHub(settings);
      const where = Object.entries(hub.subgraphs).map(([name, url]) => `${name} ${url}`);
      console.log(`Digital Campus Hub at ${hub.url}/graphql (subgraphs: ${where.join(', ')}; data: ${settings.dataDir})`);
      void hub.initialHarvest.then(() => log.info({ part: 'feeds' }, 'first harvest done'));
      stopOnSignals('hub', () => hub.stop());
      return;
    }
    const running = await startPart(part, settings);
    console.log(running.url ? `${part} service at ${running.url}` : `${part} harvesting the feeds of ${settings.dataDir}`);
    stopOnSignals(part, () => running.stop());
  } catch (error) {
    console.error(`The ${part ?? 'hub'} could not start: ${(error as Error).message}`);
    process.exit(1);
  }
}
