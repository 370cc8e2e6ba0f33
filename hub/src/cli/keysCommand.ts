import { createProvidersSubgraph, KeyError, type ProvidersSubgraph } from '@campus/providers';
import { loadHubConfig } from '@campus/subgraph-runtime';
import { databaseOf } from '../parts';
import type { HubSettings } from '../settings';

export interface CreateKeyOptions {
  role: string;
  provider?: string;
  name: string;
  json: boolean;
}

/** Runs one `hub keys` action against the hub's keys (in its data folder, or DATABASE_URL); a refused action is exit code 2 with the reason. */
async function withKeys(settings: HubSettings, action: (providers: ProvidersSubgraph) => Promise<void>): Promise<number> {
  const providers = await createProvidersSubgraph({ dataDir: settings.dataDir, database: await databaseOf(settings), providers: loadHubConfig(settings.feedsConfigPath).providers });
  try {
    await action(providers);
    return 0;
  } catch (error) {
    if (!(error instanceof KeyError)) throw error;
    console.error(`hub keys: ${error.message}`);
    return 2;
  } finally {
    await providers.close();
  }
}

/** `hub keys create`: a new key, printed this once; the hub keeps its hash. */
export function createKey(settings: HubSettings, options: CreateKeyOptions): Promise<number> {
  return withKeys(settings, async (providers) => {
    const role = options.role.toUpperCase();
    if (role !== 'ADMIN' && role !== 'PARTNER') throw new KeyError('--role must be admin or partner');
    const created = await providers.keys.create({ role, name: options.name, providerId: options.provider ?? null });
    if (options.json) console.log(JSON.stringify(created));
    else console.log(`Key ${created.id} (${role.toLowerCase()}${options.provider ? ` for ${options.provider}` : ''}):\n\n  ${created.key}\n\nIt is shown this once; the hub keeps only its hash. Send it as "Authorization: Bearer <key>".`);
  });
}

/** `hub keys list`: every key without its secret. */
export function listKeys(settings: HubSettings, options: { json: boolean }): Promise<number> {
  return withKeys(settings, async (providers) => {
    const keys = await providers.keys.list();
    if (options.json) console.log(JSON.stringify(keys, null, 2));
    else for (const k of keys) console.log(`${k.id}  ${k.role.padEnd(7)} ${(k.providerId ?? '-').padEnd(24)} ${k.name}  created ${k.createdAt}${k.lastUsedAt ? `, last used ${k.lastUsedAt}` : ''}${k.revokedAt ? `, REVOKED ${k.revokedAt}` : ''}`);
  });
}

/** `hub keys rotate`: revokes a key and prints its successor once. */
export function rotateKey(settings: HubSettings, id: string, options: { json: boolean }): Promise<number> {
  return withKeys(settings, async (providers) => {
    const created = await providers.keys.rotate(id);
    if (!created) throw new KeyError(`there is no active key "${id}"`);
    console.log(options.json ? JSON.stringify(created) : `Key ${id} is revoked; its successor ${created.id}:\n\n  ${created.key}\n\nIt is shown this once.`);
  });
}

/** `hub keys revoke`. */
export function revokeKey(settings: HubSettings, id: string): Promise<number> {
  return withKeys(settings, async (providers) => {
    if (!(await providers.keys.revoke(id))) throw new KeyError(`there is no active key "${id}"`);
    console.log(`Key ${id} revoked.`);
  });
}
