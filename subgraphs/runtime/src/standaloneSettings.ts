import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HubConfig } from '@campus/schema';
import { loadHubConfig } from './loadHubConfig';

/** The bundled demo configuration: the default wherever the operator names none. */
const DEMO_CONFIG = fileURLToPath(new URL('../../../demo/feeds.json', import.meta.url));

export interface StandaloneSettings {
  port: number;
  dataDir: string;
  config: HubConfig;
}

/**
 * Settings of a subgraph served on its own. Relative paths are taken from where the command was
 * typed (`npm run -w` moves into the workspace, `INIT_CWD` remembers where the user was).
 */
export function readStandaloneSettings(env: NodeJS.ProcessEnv, defaultPort: number): StandaloneSettings {
  const base = env['INIT_CWD'] ?? process.cwd();
  const configPath = env['HUB_FEEDS_CONFIG'] ? resolve(base, env['HUB_FEEDS_CONFIG']) : DEMO_CONFIG;
  return {
    port: Number(env['PORT'] ?? defaultPort),
    dataDir: resolve(base, env['HUB_DATA_DIR'] ?? 'data'),
    config: loadHubConfig(configPath),
  };
}
