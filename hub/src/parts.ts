import { createCatalogSubgraph, type CatalogSubgraph } from '@campus/catalog';
import { remoteCatalogIngest } from '@campus/catalog/ingest';
import { createFeedsSubgraph, type FeedsSubgraph } from '@campus/feeds';
import { createProvidersSubgraph, type ProvidersSubgraph } from '@campus/providers';
import type { HubConfig, ServiceName, SnapshotIngest } from '@campus/schema';
import { connectPostgres, log } from '@campus/subgraph-runtime';
import type { HubSettings } from './settings';

/**
 * How each part is made from the settings, the same whether it runs beside the others in one
 * process or alone: the composition root's one place for wiring a part to the others.
 */

/** The catalogue's ingest as `caller` reaches it: the catalogue's own in this process, or the catalog service's internal operations. */
export function catalogIngestFor(settings: HubSettings, secret: Buffer, caller: ServiceName, local: CatalogSubgraph | null): SnapshotIngest {
  if (local) return local.ingest;
  const url = settings.remoteSubgraphs.catalog;
  if (!url) throw new Error(`the ${caller} service needs the catalog service: set HUB_CATALOG_URL to where \`hub start catalog\` listens`);
  return remoteCatalogIngest({ url, timeoutMs: settings.subgraphTimeouts.mutationMs, caller, secret });
}

export async function openCatalog(settings: HubSettings, config: HubConfig, secret: Buffer): Promise<CatalogSubgraph> {
  return createCatalogSubgraph({ dataDir: settings.dataDir, database: await databaseOf(settings), providers: config.providers, searchThreads: settings.searchThreads, forgivingSearch: settings.forgivingSearch, secret });
}

/** Where a part keeps its tables: a connection of its own to DATABASE_URL, or its SQLite file. */
export async function databaseOf(settings: HubSettings) {
  return settings.databaseUrl ? { kind: 'postgres' as const, connection: await connectPostgres(settings.databaseUrl), url: settings.databaseUrl } : { kind: 'sqlite' as const };
}

export async function openProviders(settings: HubSettings, config: HubConfig, secret: Buffer, catalogue: SnapshotIngest): Promise<ProvidersSubgraph> {
  return createProvidersSubgraph({
    dataDir: settings.dataDir,
    database: await databaseOf(settings),
    providers: config.providers,
    secret,
    // A provider added or renamed through the API reaches the catalogue's search at once.
    onChange: (changed) =>
      void Promise.resolve(catalogue.indexProviders(changed)).catch((error: unknown) =>
        log.error({ part: 'providers', err: error }, "the catalogue could not take the providers' new names; they reach its search with the next change"),
      ),
  });
}

export async function openFeeds(settings: HubSettings, config: HubConfig, secret: Buffer, catalogue: SnapshotIngest, demoFeedsUrl: string | null): Promise<FeedsSubgraph> {
  const remoteCatalog = settings.remoteSubgraphs.catalog;
  return createFeedsSubgraph({
    dataDir: settings.dataDir,
    database: await databaseOf(settings),
    // On PostgreSQL several scheduler processes share the harvests through leases there.
    leases: settings.databaseUrl ? { databaseUrl: settings.databaseUrl, leaseSeconds: settings.harvestLeaseSeconds } : null,
    tickSeconds: settings.schedulerTickSeconds,
    feeds: config.feeds,
    ingest: catalogue,
    catalogService: remoteCatalog ? { url: remoteCatalog, timeoutMs: settings.subgraphTimeouts.mutationMs } : null,
    catalogDatabaseUrl: settings.databaseUrl,
    secret,
    addressPolicy: settings.addressPolicy,
    demoFeedsUrl,
    fetchLimits: settings.fetchLimits,
    maxFeedsPerProvider: settings.maxFeedsPerProvider,
    logLevel: settings.logLevel,
  });
}
