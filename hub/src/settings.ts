import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addressPolicy, DEFAULT_FETCH_LIMITS, TICK_SECONDS, type AddressPolicy, type FetchLimits, type TickSeconds } from '@campus/harvesters';
import type { EdgeLimits, GatewaySettings, SubgraphTimeouts } from '@campus/gateway';
import { LOG_LEVELS, type LogLevel } from '@campus/subgraph-runtime';

/** The parts of the hub, each of which `hub start <part>` runs as a process of its own. */
export const PARTS = ['gateway', 'catalog', 'providers', 'feeds', 'scheduler'] as const;
export type Part = (typeof PARTS)[number];

export const SUBGRAPH_NAMES = ['catalog', 'providers', 'feeds'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const BUNDLED_DEMO_CONFIG = fileURLToPath(new URL('../../demo/feeds.json', import.meta.url));

/** One environment variable: its default as the README shows it, which parts read it, what it means, and how its text is read. */
interface Variable<T> {
  name: string;
  /** As written in the README's table; '' for none. */
  shown: string;
  parts: readonly Part[] | 'all';
  meaning: string;
  /** The value of the variable's text (undefined or '' when unset); throws a sentence naming the variable when it is wrong. */
  read(text: string | undefined, base: string): T;
}

function variable<T>(name: string, shown: string, parts: readonly Part[] | 'all', meaning: string, read: (text: string | undefined, base: string) => T): Variable<T> {
  return { name, shown, parts, meaning, read: (text, base) => read(text === '' ? undefined : text, base) };
}

const wrong = (name: string, expected: string, text: string): never => {
  throw new Error(`${name} must be ${expected}, not "${text}"`);
};

const integer =
  (name: string, fallback: number, min = 0, max = 65535) =>
  (text: string | undefined): number => {
    if (text === undefined) return fallback;
    const number = Number(text);
    return Number.isInteger(number) && number >= min && number <= max ? number : wrong(name, `a whole number from ${min} to ${max}`, text);
  };

const optionalInteger =
  (name: string, min = 0, max = 65535) =>
  (text: string | undefined): number | null =>
    text === undefined ? null : integer(name, 0, min, max)(text);

const flag =
  (name: string, fallback: boolean) =>
  (text: string | undefined): boolean => {
    if (text === undefined) return fallback;
    if (/^(1|true|on|yes)$/i.test(text)) return true;
    if (/^(0|false|off|no)$/i.test(text)) return false;
    return wrong(name, 'on or off', text);
  };

const list = (text: string | undefined): string[] =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const oneOf =
  <T extends string>(name: string, values: readonly T[], fallback: T) =>
  (text: string | undefined): T =>
    text === undefined ? fallback : (values.find((v) => v === text.toLowerCase()) ?? wrong(name, `one of ${values.join(', ')}`, text));

const text =
  <T extends string | null>(fallback: T) =>
  (value: string | undefined): string | T =>
    value ?? fallback;

const httpUrl =
  (name: string) =>
  (value: string | undefined): string | null => {
    if (value === undefined) return null;
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return wrong(name, 'an http(s) URL such as http://10.0.0.5:4001/', value);
    }
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : wrong(name, 'an http(s) URL such as http://10.0.0.5:4001/', value);
  };

/**
 * Every setting of the hub, for every part: the one table of environment variables with their
 * defaults and checks. The README's configuration table lists the same (a test holds them together),
 * and `hub settings` prints it.
 */
export const VARIABLES = {
  port: variable('PORT', '4000', ['gateway'], "the gateway's port (`0`: any free port)", integer('PORT', 4000)),
  host: variable('HOST', '0.0.0.0', ['gateway'], 'the address the gateway listens on', text('0.0.0.0')),
  catalogPort: variable('HUB_CATALOG_PORT', '4001', ['catalog'], 'the port of `hub start catalog`', integer('HUB_CATALOG_PORT', 4001)),
  providersPort: variable('HUB_PROVIDERS_PORT', '4002', ['providers'], 'the port of `hub start providers`', integer('HUB_PROVIDERS_PORT', 4002)),
  feedsPort: variable('HUB_FEEDS_PORT', '4003', ['feeds'], 'the port of `hub start feeds`', integer('HUB_FEEDS_PORT', 4003)),
  serviceHost: variable(
    'HUB_SERVICE_HOST',
    '127.0.0.1',
    ['catalog', 'providers', 'feeds'],
    'the address a subgraph started on its own listens on: loopback, or a private network\'s, never the public (subgraphs trust the gateway to keep the public limits)',
    text('127.0.0.1'),
  ),
  dataDir: variable('HUB_DATA_DIR', './data', 'all', 'folder of the SQLite files, the saved search index (`catalog-search-index.bin`), the composed `supergraph.graphql` and `identity.secret`', (value, base) => resolve(base, value ?? 'data')),
  feedsConfigPath: variable('HUB_FEEDS_CONFIG', 'demo/feeds.json', 'all', "the operator's providers and feeds", (value, base) => (value ? resolve(base, value) : BUNDLED_DEMO_CONFIG)),
  subgraphMode: variable(
    'HUB_SUBGRAPHS',
    'local',
    ['gateway'],
    '`local`: subgraphs of the gateway\'s process are called in-process; `http`: each is served on its own (ephemeral) port and reached over HTTP',
    oneOf('HUB_SUBGRAPHS', ['local', 'http'] as const, 'local'),
  ),
  catalogUrl: variable('HUB_CATALOG_URL', '', ['gateway', 'providers', 'feeds', 'scheduler'], 'the catalog service started elsewhere (`hub start catalog`): the gateway, the providers service and the feeds service reach it there instead of starting it', httpUrl('HUB_CATALOG_URL')),
  providersUrl: variable('HUB_PROVIDERS_URL', '', ['gateway'], 'the providers service started elsewhere: the gateway reaches it there and asks it about every key', httpUrl('HUB_PROVIDERS_URL')),
  feedsUrl: variable('HUB_FEEDS_URL', '', ['gateway'], 'the feeds service started elsewhere', httpUrl('HUB_FEEDS_URL')),
  databaseUrl: variable(
    'DATABASE_URL',
    '',
    ['gateway', 'catalog', 'providers', 'feeds', 'scheduler'],
    '`postgres://user:password@host:5432/database`: the catalog, providers and feeds services keep their tables there, each in a schema of its own, migrated at start-up; unset, SQLite files in `HUB_DATA_DIR`',
    text(null),
  ),
  schedulerTickSeconds: variable(
    'HUB_SCHEDULER_TICK_SECONDS',
    '60',
    ['gateway', 'scheduler'],
    `how often the scheduler looks for due feeds: ${TICK_SECONDS.join(', ')} seconds`,
    (value) => {
      const seconds = integer('HUB_SCHEDULER_TICK_SECONDS', 60, 1, 60)(value);
      return TICK_SECONDS.find((allowed) => allowed === seconds) ?? wrong('HUB_SCHEDULER_TICK_SECONDS', `one of ${TICK_SECONDS.join(', ')}`, String(seconds));
    },
  ),
  harvestLeaseSeconds: variable(
    'HUB_HARVEST_LEASE_SECONDS',
    '300',
    ['gateway', 'feeds', 'scheduler'],
    'with `DATABASE_URL`: how long a scheduler holds a feed it harvests; one that dies loses its feeds to another after this (longer than the slowest harvest: `HUB_FETCH_TIMEOUT_MS` and the ingest)',
    integer('HUB_HARVEST_LEASE_SECONDS', 300, 2, 3600),
  ),
  identitySecret: variable(
    'HUB_IDENTITY_SECRET',
    '',
    'all',
    'the secret (32 random bytes, base64url) with which the gateway signs callers\' identities and the parts sign their calls to each other; every process of one hub needs the same. Unset: `identity.secret` in the data folder, made on first start',
    text(null),
  ),
  keyCacheSeconds: variable(
    'HUB_KEY_CACHE_SECONDS',
    '10',
    ['gateway'],
    'how long a gateway remembers the providers service\'s answer about a key when that service runs elsewhere: a revoked key is refused everywhere within this time (`0`: ask every time)',
    integer('HUB_KEY_CACHE_SECONDS', 10, 0, 300),
  ),
  allowPrivateHosts: variable(
    'HUB_ALLOW_PRIVATE_HOSTS',
    '',
    ['gateway', 'feeds', 'scheduler'],
    "comma-separated `address:port` pairs (`10.0.0.5:443`, `[::1]:8080`) that any feed, partners' too, may point at although they are not public; no ranges, no names. The bundled demo server's own address and port is allowed for the operator's `{demoFeeds}/…` feeds only",
    (value) => {
      try {
        return addressPolicy(list(value));
      } catch (error) {
        throw new Error(`HUB_ALLOW_PRIVATE_HOSTS: ${(error as Error).message}`, { cause: error });
      }
    },
  ),
  fetchTimeoutMs: variable('HUB_FETCH_TIMEOUT_MS', String(DEFAULT_FETCH_LIMITS.timeoutMs), ['gateway', 'feeds', 'scheduler'], 'time allowed for one feed fetch', integer('HUB_FETCH_TIMEOUT_MS', DEFAULT_FETCH_LIMITS.timeoutMs, 100, 600_000)),
  fetchMaxBytes: variable('HUB_FETCH_MAX_BYTES', String(DEFAULT_FETCH_LIMITS.maxBytes), ['gateway', 'feeds', 'scheduler'], 'size (after decompression) allowed for one feed fetch', integer('HUB_FETCH_MAX_BYTES', DEFAULT_FETCH_LIMITS.maxBytes, 1024, 1024 ** 3)),
  scheduler: variable('HUB_SCHEDULER', 'on', ['gateway'], '`off` starts the hub in one process without harvesting', flag('HUB_SCHEDULER', true)),
  corsOrigins: variable('HUB_CORS_ORIGINS', '*', ['gateway'], 'comma-separated origins allowed to call the API from browsers', (value) => list(value ?? '*')),
  maxFeedsPerProvider: variable('HUB_MAX_FEEDS_PER_PROVIDER', '10', ['gateway', 'feeds'], 'how many feeds one provider may register', integer('HUB_MAX_FEEDS_PER_PROVIDER', 10)),
  forgivingSearch: variable(
    'HUB_SEARCH_FORGIVING',
    'on',
    ['gateway', 'catalog'],
    '`off` turns word forms, synonyms, translations and typos off: only for `npm run bench`, which measures the search workload both ways',
    flag('HUB_SEARCH_FORGIVING', true),
  ),
  searchThreads: variable(
    'HUB_SEARCH_THREADS',
    '1',
    ['gateway', 'catalog'],
    'threads that run catalogue searches beside the one answering GraphQL, each with its own copy of the search index (about 160 MB at 100,000 offerings and 600 MB at 1,000,000, of which forgiving search\'s lexicon and the completions take 50 to 70 MB each); the first saves it in the data folder; `0` searches on the GraphQL thread',
    integer('HUB_SEARCH_THREADS', 1, 0, 16),
  ),
  maxRequestBytes: variable('HUB_MAX_REQUEST_BYTES', '1048576', ['gateway'], 'the largest request body; a larger one gets 413', integer('HUB_MAX_REQUEST_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024)),
  rateLimitPerAddress: variable(
    'HUB_RATE_LIMIT_PER_ADDRESS',
    '600',
    ['gateway'],
    'requests a minute from one client address without a key (`0`: no limit); beyond it 429 with `Retry-After` and `RateLimit-*` headers',
    integer('HUB_RATE_LIMIT_PER_ADDRESS', 600, 0, 10_000_000),
  ),
  rateLimitPerKey: variable('HUB_RATE_LIMIT_PER_KEY', '1200', ['gateway'], 'requests a minute with one API key (`0`: no limit)', integer('HUB_RATE_LIMIT_PER_KEY', 1200, 0, 10_000_000)),
  wrongKeysAllowed: variable(
    'HUB_WRONG_KEYS_ALLOWED',
    '5',
    ['gateway'],
    'wrong keys one address may send in 15 minutes; each further one makes it wait twice as long (1 s, 2 s, 4 s … at most 15 min), the right key too',
    integer('HUB_WRONG_KEYS_ALLOWED', 5, 1, 1000),
  ),
  trustProxy: variable('HUB_TRUST_PROXY', '', ['gateway'], "proxies whose `X-Forwarded-For` names the client (`loopback`, `10.0.0.0/8`, an address; proxy-addr's list); without it the connection's address counts", list),
  registeredOperationsOnly: variable(
    'HUB_REGISTERED_OPERATIONS_ONLY',
    'off',
    ['gateway'],
    "`on`: callers without a key run only the registered operations (the widget's and the portal's, by hash); others need a key (`OPERATION_NOT_REGISTERED`)",
    flag('HUB_REGISTERED_OPERATIONS_ONLY', false),
  ),
  publicCacheSeconds: variable('HUB_PUBLIC_CACHE_SECONDS', '60', ['gateway'], 'how long shared caches may keep the answer to a registered query sent as a GET without a key (`0`: not at all)', integer('HUB_PUBLIC_CACHE_SECONDS', 60, 0, 86_400)),
  subgraphTimeoutMs: variable('HUB_SUBGRAPH_TIMEOUT_MS', '10000', 'all', 'how long a part waits for another served elsewhere (the gateway for a subgraph, the gateway for a key, ...) before it answers without it', integer('HUB_SUBGRAPH_TIMEOUT_MS', 10_000, 100, 600_000)),
  subgraphMutationTimeoutMs: variable(
    'HUB_SUBGRAPH_MUTATION_TIMEOUT_MS',
    '120000',
    'all',
    "the same for mutations, which may fetch a feed first, and for the catalog service's ingest of a harvest",
    integer('HUB_SUBGRAPH_MUTATION_TIMEOUT_MS', 120_000, 100, 600_000),
  ),
  shutdownGraceMs: variable(
    'HUB_SHUTDOWN_GRACE_MS',
    '10000',
    'all',
    'on SIGTERM or SIGINT: how long requests in flight may take to finish (and harvests a request asked for); scheduled harvests end at once',
    integer('HUB_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
  ),
  logLevel: variable('HUB_LOG_LEVEL', 'info', 'all', '`fatal`, `error`, `warn`, `info` (a line a request), `debug`, `trace` or `silent`', oneOf<LogLevel>('HUB_LOG_LEVEL', LOG_LEVELS, 'info')),
  metricsPort: variable(
    'HUB_METRICS_PORT',
    '',
    ['gateway'],
    'serve `/metrics` on a port of its own without a key (for Prometheus on a private network); without it `/metrics` is on the main port for admin keys only',
    optionalInteger('HUB_METRICS_PORT'),
  ),
  metricsHost: variable('HUB_METRICS_HOST', '127.0.0.1', ['gateway'], 'the address of that port', text('127.0.0.1')),
} satisfies Record<string, Variable<unknown>>;

type Values = { [K in keyof typeof VARIABLES]: ReturnType<(typeof VARIABLES)[K]['read']> };

/** Every setting of the hub, read once at start-up from the environment, grouped for the parts that take them. */
export interface HubSettings extends GatewaySettings {
  feedsConfigPath: string;
  /** The subgraphs started elsewhere, by name: their URLs. */
  remoteSubgraphs: Partial<Record<SubgraphName, string>>;
  /** The port each part listens on when it runs alone, and the address the subgraphs listen on. */
  ports: Record<SubgraphName, number>;
  serviceHost: string;
  /** DATABASE_URL: the PostgreSQL database of every service (null: their SQLite files). */
  databaseUrl: string | null;
  harvestLeaseSeconds: number;
  schedulerTickSeconds: TickSeconds;
  identitySecret: string | null;
  keyCacheSeconds: number;
  addressPolicy: AddressPolicy;
  fetchLimits: FetchLimits;
  scheduler: boolean;
  maxFeedsPerProvider: number;
  searchThreads: number;
  forgivingSearch: boolean;
  shutdownGraceMs: number;
  logLevel: LogLevel;
}

/** Reads the settings; a wrong value stops start-up with a sentence naming the variable. */
export function readHubSettings(env: NodeJS.ProcessEnv): HubSettings {
  // `npm start` may run from a workspace folder; INIT_CWD is where the user typed it.
  const base = env['INIT_CWD'] ?? process.cwd();
  const values = Object.fromEntries(Object.entries(VARIABLES).map(([key, definition]) => [key, definition.read(env[definition.name], base)])) as Values;
  const remoteSubgraphs: HubSettings['remoteSubgraphs'] = {};
  if (values.catalogUrl) remoteSubgraphs.catalog = values.catalogUrl;
  if (values.providersUrl) remoteSubgraphs.providers = values.providersUrl;
  if (values.feedsUrl) remoteSubgraphs.feeds = values.feedsUrl;
  const edge: EdgeLimits = {
    maxRequestBytes: values.maxRequestBytes,
    rateLimits: { perAddress: values.rateLimitPerAddress, perKey: values.rateLimitPerKey, wrongKeysAllowed: values.wrongKeysAllowed },
    trustProxy: values.trustProxy,
    registeredOperationsOnly: values.registeredOperationsOnly,
    publicCacheSeconds: values.publicCacheSeconds,
  };
  const subgraphTimeouts: SubgraphTimeouts = { queryMs: values.subgraphTimeoutMs, mutationMs: values.subgraphMutationTimeoutMs };
  return {
    port: values.port,
    host: values.host,
    dataDir: values.dataDir,
    subgraphMode: values.subgraphMode,
    corsOrigins: values.corsOrigins,
    edge,
    subgraphTimeouts,
    metricsPort: values.metricsPort,
    metricsHost: values.metricsHost,
    feedsConfigPath: values.feedsConfigPath,
    remoteSubgraphs,
    ports: { catalog: values.catalogPort, providers: values.providersPort, feeds: values.feedsPort },
    serviceHost: values.serviceHost,
    databaseUrl: values.databaseUrl,
    harvestLeaseSeconds: values.harvestLeaseSeconds,
    schedulerTickSeconds: values.schedulerTickSeconds,
    identitySecret: values.identitySecret,
    keyCacheSeconds: values.keyCacheSeconds,
    addressPolicy: values.allowPrivateHosts,
    fetchLimits: { ...DEFAULT_FETCH_LIMITS, timeoutMs: values.fetchTimeoutMs, maxBytes: values.fetchMaxBytes },
    scheduler: values.scheduler,
    maxFeedsPerProvider: values.maxFeedsPerProvider,
    searchThreads: values.searchThreads,
    forgivingSearch: values.forgivingSearch,
    shutdownGraceMs: values.shutdownGraceMs,
    logLevel: values.logLevel,
  };
}

/** The table as `hub settings` prints it and the README shows it: variable, default, parts, meaning. */
export function settingsTable(): { name: string; shown: string; parts: string; meaning: string }[] {
  return Object.values(VARIABLES).map((v) => ({ name: v.name, shown: v.shown, parts: v.parts === 'all' ? 'all' : v.parts.join(', '), meaning: v.meaning }));
}
