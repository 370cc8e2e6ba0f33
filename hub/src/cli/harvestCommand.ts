import { createCatalogSubgraph } from '@campus/catalog';
import { createFeedsSubgraph } from '@campus/feeds';
import { databaseOf } from '../parts';
import type { HubSettings } from '../settings';
import { openOperatorConfig } from '../operatorConfig';

/**
 * Harvests one feed (or every feed) now, in this process, against the hub's data folder; safe
 * beside a running hub, since SQLite in WAL mode lets both write in turn.
 */
export async function harvestNow(settings: HubSettings, feedId: string | undefined): Promise<boolean> {
  const operator = await openOperatorConfig(settings);
  const catalog = await createCatalogSubgraph({ dataDir: settings.dataDir, database: await databaseOf(settings), providers: operator.config.providers });
  // Demo feeds are fetched from this process's own demo server; the stored URLs stay as the file says.
  const feeds = await createFeedsSubgraph({
    dataDir: settings.dataDir,
    database: await databaseOf(settings),
    feeds: operator.config.feeds,
    ingest: catalog.ingest,
    addressPolicy: settings.addressPolicy,
    demoFeedsUrl: operator.demoFeedsUrl,
    fetchLimits: settings.fetchLimits,
    // The command runs nothing else: its harvests may as well use this thread and this catalogue.
    harvestThread: false,
  });
  try {
    const ids = feedId ? [feedId] : operator.config.feeds.map((feed) => feed.id);
    if (feedId && !operator.config.feeds.some((feed) => feed.id === feedId)) {
      console.error(`There is no feed "${feedId}". Feeds: ${operator.config.feeds.map((f) => f.id).join(', ')}`);
      return false;
    }
    let allWell = true;
    for (const [index, id] of ids.entries()) {
      process.stdout.write(`[${index + 1}/${ids.length}] ${id} … `);
      const result = await feeds.harvests.harvest(id);
      switch (result.outcome) {
        case 'SUCCESS': {
          const { added, updated, unchanged, withdrawn } = result.counts;
          console.log(`${result.itemCount} offerings (${added} added, ${updated} updated, ${unchanged} unchanged, ${withdrawn} withdrawn), ${result.warnings.length} warnings, ${result.durationMs} ms`);
          break;
        }
        case 'UNCHANGED':
          console.log(`unchanged since the last harvest, ${result.durationMs} ms`);
          break;
        case 'FAILED':
          allWell = false;
          console.log(`FAILED: ${result.error} (the catalogue keeps what it had)`);
      }
    }
    return allWell;
  } finally {
    await feeds.close();
    await catalog.close();
    await operator.close();
  }
}
