import type { ProviderConfig } from '@campus/schema';
import type { ProvidersDatabase } from './openProvidersDatabase';
import { providers } from './tables';

/** Makes the providers table agree with the operator's configuration, in one transaction. */
export function upsertProviders(database: ProvidersDatabase, configs: readonly ProviderConfig[], now = new Date()): void {
  const at = now.toISOString();
  database.db.transaction((tx) => {
    for (const config of configs) {
      const values = { name: config.name, kind: config.kind, website: config.website, description: config.description, updatedAt: at };
      tx.insert(providers)
        .values({ id: config.id, ...values, createdAt: at })
        .onConflictDoUpdate({ target: providers.id, set: values })
        .run();
    }
  });
}
