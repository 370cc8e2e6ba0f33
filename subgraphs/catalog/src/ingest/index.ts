import type { SnapshotIngest } from '@campus/schema';
import { connectPostgres } from '@campus/subgraph-runtime';
import { openCatalogStore } from '../db/openCatalogStore';

export { remoteCatalogIngest } from './remoteIngest';

/**
 * The catalogue's ingest over its own database (its SQLite file in `dataDir`, or its schema of the
 * PostgreSQL database `databaseUrl`), for the harvest thread of a feeds service in the catalogue's
 * process (the embedded default): the catalogue's code is still the only code writing its tables.
 * A feeds service elsewhere uses `remoteCatalogIngest`.
 */
export async function openCatalogIngest(dataDir: string, databaseUrl: string | null = null): Promise<SnapshotIngest & { close(): Promise<void> }> {
  const store = await openCatalogStore(dataDir, databaseUrl ? { kind: 'postgres', connection: await connectPostgres(databaseUrl, { maxConnections: 2 }) } : { kind: 'sqlite' });
  return {
    applyFeedSnapshot: (snapshot) => store.applyFeedSnapshot(snapshot),
    withdrawFeed: (feedId, at) => store.withdrawFeed(feedId, at),
    indexProviders: (providers) => store.indexProviders(providers),
    close: () => store.close(),
  };
}
