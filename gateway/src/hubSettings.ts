import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addressPolicy, DEFAULT_FETCH_LIMITS, type AddressPolicy, type FetchLimits } from '@campus/harvesters';
import { readForgivingSearch, readLogLevel, readSearchThreads, type LogLevel } from '@campus/subgraph-runtime';
import type { EdgeLimits } from './edge/httpEdge';
import type { SubgraphTimeouts } from './subgraphSources';

/** Every setting of the hub, read once at start-up from the environment, with defaults. */
export interface HubSettings {
  port: number;
  host: string;
  dataDir: string;
  feedsConfigPath: string;
  /** `local`: subgraphs run inside the gateway's process; `http`: each is served on its own port and reached over HTTP. */
  subgraphMode: 'local' | 'http';
  /** Subgraphs run elsewhere: the gateway reaches them at these URLs instead of starting them. */
  remoteSubgraphs: Partial<Record<SubgraphName, string>>;
  /** The exact `address:port` pairs any feed may point at although they are not public. */
  addressPolicy: AddressPolicy;
  /** Time and size limits of every feed fetch. */
  fetchLimits: FetchLimits;
  scheduler: boolean;
  corsOrigins: string[];
  /** How many feeds one provider may register. */
  maxFeedsPerProvider: number;
  /** Threads that run catalogue searches beside the one answering GraphQL (0: that one searches too). */
  searchThreads: number;
  /** Forms, synonyms, translations and typos in search (HUB_SEARCH_FORGIVING, default on; off for the benchmark's baseline). */
  forgivingSearch: boolean;
  /** Body size, rate limits, trusted proxies and persisted operations of the HTTP edge. */
  edge: EdgeLimits;
  /** How long requests in flight may take to finish once the hub is told to stop. */
  shutdownGraceMs: number;
  /** How long the gateway waits for a subgraph served elsewhere. */
  subgraphTimeouts: SubgraphTimeouts;
  logLevel: LogLevel;
  /** HUB_IDENTITY_SECRET: the secret parts on several machines share (null: the data folder's identity.secret). */
  identitySecret: string | null;
  /** How long the gateway trusts the providers service's answer about a key it runs elsewhere: the longest a revoked key still works. */
  keyCacheSeconds: number;
  /** A port of its own for /metrics without a key (a private network's); null: /metrics on the main port, for admin keys. */
  metricsPort: number | null;
  metricsHost: string;
}

export const SUBGRAPH_NAMES = ['catalog', 'providers', 'feeds'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const BUNDLED_DEMO_CONFIG = fileURLToPath(new URL('../../demo/feeds.json', import.meta.url));

function integer(name: string, value: string | undefined, fallback: number, min = 0, max = 65535): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  return number;
}

function allowances(name: string, value: string | undefined): AddressPolicy {
  try {
    return addressPolicy(list(value));
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`, { cause: error });
  }
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|on|yes)$/i.test(value)) return true;
  if (/^(0|false|off|no)$/i.test(value)) return false;
  throw new Error(`${name} must be on or off, not "${value}"`);
}

/** Reads the settings; a wrong value stops start-up with a sentence naming the variable. */
export function readHubSettings(env: NodeJS.ProcessEnv): HubSettings {
  const mode = env['HUB_SUBGRAPHS'] ?? 'local';
  if (mode !== 'local' && mode !== 'http') throw new Error(`HUB_SUBGRAPHS must be "local" or "http", not "${mode}"`);
  const remoteSubgraphs: HubSettings['remoteSubgraphs'] = {};
  for (const name of SUBGRAPH_NAMES) {
    const url = env[`HUB_${name.toUpperCase()}_URL`];
    if (url) remoteSubgraphs[name] = url;
  }
  // `npm start` may run from a workspace folder; INIT_CWD is where the user typed it.
  const base = env['INIT_CWD'] ?? process.cwd();
  return {
    port: integer('PORT', env['PORT'], 4000),
    host: env['HOST'] ?? '0.0.0.0',
    dataDir: resolve(base, env['HUB_DATA_DIR'] ?? 'data'),
    feedsConfigPath: env['HUB_FEEDS_CONFIG'] ? resolve(base, env['HUB_FEEDS_CONFIG']) : BUNDLED_DEMO_CONFIG,
    subgraphMode: mode,
    remoteSubgraphs,
    addressPolicy: allowances('HUB_ALLOW_PRIVATE_HOSTS', env['HUB_ALLOW_PRIVATE_HOSTS']),
    fetchLimits: {
      ...DEFAULT_FETCH_LIMITS,
      timeoutMs: integer('HUB_FETCH_TIMEOUT_MS', env['HUB_FETCH_TIMEOUT_MS'], DEFAULT_FETCH_LIMITS.timeoutMs, 100, 600_000),
      maxBytes: integer('HUB_FETCH_MAX_BYTES', env['HUB_FETCH_MAX_BYTES'], DEFAULT_FETCH_LIMITS.maxBytes, 1024, 1024 ** 3),
    },
    scheduler: flag('HUB_SCHEDULER', env['HUB_SCHEDULER'], true),
    corsOrigins: list(env['HUB_CORS_ORIGINS'] ?? '*'),
    maxFeedsPerProvider: integer('HUB_MAX_FEEDS_PER_PROVIDER', env['HUB_MAX_FEEDS_PER_PROVIDER'], 10),
    searchThreads: readSearchThreads(env['HUB_SEARCH_THREADS']),
    forgivingSearch: readForgivingSearch(env['HUB_SEARCH_FORGIVING']),
    edge: {
      maxRequestBytes: integer('HUB_MAX_REQUEST_BYTES', env['HUB_MAX_REQUEST_BYTES'], 1024 * 1024, 1024, 64 * 1024 * 1024),
      rateLimits: {
        perAddress: integer('HUB_RATE_LIMIT_PER_ADDRESS', env['HUB_RATE_LIMIT_PER_ADDRESS'], 600, 0, 10_000_000),
        perKey: integer('HUB_RATE_LIMIT_PER_KEY', env['HUB_RATE_LIMIT_PER_KEY'], 1200, 0, 10_000_000),
        wrongKeysAllowed: integer('HUB_WRONG_KEYS_ALLOWED', env['HUB_WRONG_KEYS_ALLOWED'], 5, 1, 1000),
      },
      trustProxy: list(env['HUB_TRUST_PROXY']),
      registeredOperationsOnly: flag('HUB_REGISTERED_OPERATIONS_ONLY', env['HUB_REGISTERED_OPERATIONS_ONLY'], false),
      publicCacheSeconds: integer('HUB_PUBLIC_CACHE_SECONDS', env['HUB_PUBLIC_CACHE_SECONDS'], 60, 0, 86_400),
    },
    shutdownGraceMs: integer('HUB_SHUTDOWN_GRACE_MS', env['HUB_SHUTDOWN_GRACE_MS'], 10_000, 0, 600_000),
    subgraphTimeouts: {
      queryMs: integer('HUB_SUBGRAPH_TIMEOUT_MS', env['HUB_SUBGRAPH_TIMEOUT_MS'], 10_000, 100, 600_000),
      mutationMs: integer('HUB_SUBGRAPH_MUTATION_TIMEOUT_MS', env['HUB_SUBGRAPH_MUTATION_TIMEOUT_MS'], 120_000, 100, 600_000),
    },
    logLevel: readLogLevel(env['HUB_LOG_LEVEL']),
    identitySecret: env['HUB_IDENTITY_SECRET'] || null,
    keyCacheSeconds: integer('HUB_KEY_CACHE_SECONDS', env['HUB_KEY_CACHE_SECONDS'], 10, 0, 300),
    metricsPort: env['HUB_METRICS_PORT'] ? integer('HUB_METRICS_PORT', env['HUB_METRICS_PORT'], 0) : null,
    metricsHost: env['HUB_METRICS_HOST'] ?? '127.0.0.1',
  };
}
