import { parseArgs } from 'node:util';
import { createProvidersSubgraph, KeyError } from '@campus/providers';
import { loadHubConfig } from '@campus/subgraph-runtime';
import type { HubSettings } from '../hubSettings';

/** `hub keys create|list|revoke`: API keys in the hub's data folder; a new key is printed once. */
export function keysCommand(settings: HubSettings, args: string[]): number {
  const [action, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { role: { type: 'string' }, provider: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const providers = createProvidersSubgraph({ dataDir: settings.dataDir, providers: loadHubConfig(settings.feedsConfigPath).providers });
  try {
    switch (action) {
      case 'create': {
        const role = values.role?.toUpperCase();
        if (role !== 'ADMIN' && role !== 'PARTNER') throw new KeyError('--role must be admin or partner');
        const created = providers.keys.create({ role, name: values.name ?? '', providerId: values.provider ?? null });
        if (values.json) console.log(JSON.stringify(created));
        else console.log(`Key ${created.id} (${role.toLowerCase()}${values.provider ? ` for ${values.provider}` : ''}):\n\n  ${created.key}\n\nIt is shown this once; the hub keeps only its hash. Send it as "Authorization: Bearer <key>".`);
        return 0;
      }
      case 'list': {
        const keys = providers.keys.list();
        if (values.json) console.log(JSON.stringify(keys, null, 2));
        else for (const k of keys) console.log(`${k.id}  ${k.role.padEnd(7)} ${(k.providerId ?? '-').padEnd(24)} ${k.name}  created ${k.createdAt}${k.lastUsedAt ? `, last used ${k.lastUsedAt}` : ''}${k.revokedAt ? `, REVOKED ${k.revokedAt}` : ''}`);
        return 0;
      }
      case 'rotate': {
        const id = positionals[0];
        const created = id ? providers.keys.rotate(id) : null;
        if (!created) throw new KeyError(id ? `there is no active key "${id}"` : 'hub keys rotate needs the key id (see hub keys list)');
        console.log(values.json ? JSON.stringify(created) : `Key ${id} is revoked; its successor ${created.id}:\n\n  ${created.key}\n\nIt is shown this once.`);
        return 0;
      }
      case 'revoke': {
        const id = positionals[0];
        if (!id) throw new KeyError('hub keys revoke needs the key id (see hub keys list)');
        if (!providers.keys.revoke(id)) throw new KeyError(`there is no active key "${id}"`);
        console.log(`Key ${id} revoked.`);
        return 0;
      }
      default:
        throw new KeyError('hub keys create --role admin|partner [--provider ID] --name N [--json] | list [--json] | rotate ID [--json] | revoke ID');
    }
  } catch (error) {
    if (!(error instanceof KeyError)) throw error;
    console.error(`hub keys: ${error.message}`);
    return 2;
  } finally {
    providers.close();
  }
}
