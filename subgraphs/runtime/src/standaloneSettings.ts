import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HubConfig } from '@campus/schema';
import { loadHubConfig } from './loadHubConfig';
import { readLogLevel, type LogLevel } from './observability/logger';

/** The bundled demo configuration: the default wherever the operator names none. */
const DEMO_CONFIG = fileURLToPath(new URL('../../../demo/feeds.json', import.meta.url));

export interface StandaloneSettings {
  port: number;
  dataDir: string;
  config: HubConfig;
  /** HUB_SEARCH_THREADS, as for the hub: threads that search beside the one answering GraphQL. */
  searchThreads: number;
  /** HUB_SEARCH_FORGIVING, as for the hub. */
  forgivingSearch: boolean;
  logLevel: LogLevel;
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
    searchThreads: readSearchThreads(env['HUB_SEARCH_THREADS']),
    forgivingSearch: readForgivingSearch(env['HUB_SEARCH_FORGIVING']),
    logLevel: readLogLevel(env['HUB_LOG_LEVEL']),
  };
}

/** HUB_SEARCH_THREADS, read alike by the hub and the catalog subgraph on its own; default 1. */
export function readSearchThreads(value: string | undefined): number {
  if (value === undefined || value === '') return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 0 || count > 16) throw new Error(`HUB_SEARCH_THREADS must be a whole number from 0 to 16, not "${value}"`);
  return count;
}

/**
 * HUB_SEARCH_FORGIVING (default on): word forms, synonyms, translations and typos. Off only to
 * measure what they cost (`npm run bench` runs the search workload both ways).
 */
export function readForgivingSearch(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(`HUB_SEARCH_FORGIVING must be on or off, not "${value}"`);
}
