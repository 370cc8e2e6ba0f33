import type { SnapshotIngest } from '@campus/schema';
import { openCatalogDatabase } from '../db/openCatalogDatabase';
import { catalogIngest } from './applyFeedSnapshot';

export { remoteCatalogIngest } from './remoteIngest';

/**
 * The catalogue's ingest over its own database, for the harvest thread of a feeds service in the
 * catalogue's process (the embedded default): the catalogue's code is still the only code writing
 * its tables. A feeds service elsewhere uses `remoteCatalogIngest`.
 */
export function openCatalogIngest(dataDir: string): SnapshotIngest & { close(): void } {
  const database = openCatalogDatabase(dataDir);
  return {
    ...catalogIngest(database),
    close: () => database.close(),
  };
}
