import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCatalogSubgraph } from '@campus/catalog';
import { remoteCatalogIngest } from '@campus/catalog/ingest';
import { serveDemoFeeds } from '@campus/demo';
import { createFeedsSubgraph } from '@campus/feeds';
import { createProvidersSubgraph, type ProvidersSubgraph } from '@campus/providers';
import { addressPolicy } from '@campus/harvesters';
import { loadHubConfig, log, serveSubgraph, type RunningServer } from '@campus/subgraph-runtime';
import { BUNDLED_DEMO_CONFIG } from '../src/settings';

/** The three subgraphs served on ports of their own, harvested once, as a router in front sees them. */
export interface Services {
  urls: { catalog: string; providers: string; feeds: string };
  /** HUB_IDENTITY_SECRET of this hub, and as bytes. */
  secretText: string;
  secret: Buffer;
  providers: ProvidersSubgraph;
  /** Stops the providers service only (a test of it being away). */
  stopProviders(): Promise<void>;
  /** The settings every gateway in front of them takes. */
  gatewayEnv(extra?: Record<string, string>): Record<string, string>;
  stop(): Promise<void>;
}

/**
 * The catalog, providers and feeds services each with a data folder of its own (as on three
 * machines), sharing only HUB_IDENTITY_SECRET, with the demo feeds harvested once through the
 * catalog service's internal ingest.
 */
export async function startServices(): Promise<Services> {
  // Their request lines would bury a failing test's output, as the test hub's do (HUB_LOG_LEVEL=error).
  log.level = 'error';
  const folders = ['catalog', 'providers', 'feeds'].map((name) => mkdtempSync(join(tmpdir(), `campus-${name}-`))) as [string, string, string];
  const secretText = randomBytes(32).toString('base64url');
  const secret = Buffer.from(secretText, 'base64url');
  const servers = new Map<string, RunningServer>();
  const demo = await serveDemoFeeds();
  const config = loadHubConfig(BUNDLED_DEMO_CONFIG);
  const catalog = await createCatalogSubgraph({ dataDir: folders[0], providers: config.providers, secret });
  const catalogServer = await serveSubgraph(catalog.name, catalog.schema, 0);
  servers.set('catalog', catalogServer);
  const catalogService = { url: catalogServer.url, timeoutMs: 30_000 };
  const names = remoteCatalogIngest({ ...catalogService, caller: 'providers', secret });
  const providers = await createProvidersSubgraph({ dataDir: folders[1], providers: config.providers, secret, onChange: (changed) => void names.indexProviders(changed) });
  const feeds = await createFeedsSubgraph({
    dataDir: folders[2],
    feeds: config.feeds,
    ingest: remoteCatalogIngest({ ...catalogService, caller: 'feeds', secret }),
    catalogService,
    secret,
    addressPolicy: addressPolicy([]),
    demoFeedsUrl: demo.url,
  });
  await feeds.scheduler.runDue();
  for (const subgraph of [providers, feeds]) servers.set(subgraph.name, await serveSubgraph(subgraph.name, subgraph.schema, 0));
  const urls = { catalog: catalogServer.url, providers: servers.get('providers')!.url, feeds: servers.get('feeds')!.url };
  const stopServer = async (name: string) => {
    await servers.get(name)?.stop();
    servers.delete(name);
  };
  return {
    urls,
    secretText,
    secret,
    providers,
    stopProviders: () => stopServer('providers'),
    gatewayEnv: (extra = {}) => ({
      HUB_FEEDS_CONFIG: BUNDLED_DEMO_CONFIG,
      HUB_CATALOG_URL: urls.catalog,
      HUB_PROVIDERS_URL: urls.providers,
      HUB_FEEDS_URL: urls.feeds,
      HUB_IDENTITY_SECRET: secretText,
      ...extra,
    }),
    stop: async () => {
      for (const name of [...servers.keys()]) await stopServer(name);
      await feeds.close();
      await providers.close();
      await catalog.close();
      await demo.close();
      for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    },
  };
}
