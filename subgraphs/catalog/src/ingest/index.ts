import type { SnapshotIngest } from '@campus/schema';
import { openCatalogDatabase } from '../db/openCatalogDatabase';
import { catalogIngest } from './applyFeedSnapshot';

/**
 * The catalogue's ingest interface for a feeds service running in a process of its own: it opens the
 * catalogue's database itself, so the catalogue's code is still the only code writing its tables.
 */
export function openCatalogIngest(dataDir: string): SnapshotIngest & { close(): void } {
  const database = openCatalogDatabase(dataDir);
  return {
    ...catalogIngest(database),
    close: () => database.close(),
  };
}
