import { eq } from 'drizzle-orm';
import type { FeedConfig } from '@campus/schema';
import type { FeedsDatabase } from './openFeedsDatabase';
import { feeds } from './tables';

/**
 * Makes the feeds table agree with the operator's configuration. A new feed is due at once; a known
 * one keeps its rhythm and history, and a changed URL or format forgets the cached validators.
 */
export function upsertFeeds(database: FeedsDatabase, configs: readonly FeedConfig[], now = new Date()): void {
  const at = now.toISOString();
  database.db.transaction((tx) => {
    for (const config of configs) {
      const values = {
        url: config.url,
        providerId: config.providerId,
        format: config.format,
        intervalMinutes: config.intervalMinutes,
        defaults: config.defaults,
        updatedAt: at,
      };
      const known = tx.select({ url: feeds.url, format: feeds.format }).from(feeds).where(eq(feeds.id, config.id)).get();
      if (!known) {
        tx.insert(feeds).values({ id: config.id, ...values, status: 'ACTIVE', nextRunAt: at, createdAt: at }).run();
        continue;
      }
      const changedSource = known.url !== config.url || known.format !== config.format;
      tx.update(feeds)
        .set(changedSource ? { ...values, etag: null, lastModified: null, contentHash: null, nextRunAt: at } : values)
        .where(eq(feeds.id, config.id))
        .run();
    }
  });
}
