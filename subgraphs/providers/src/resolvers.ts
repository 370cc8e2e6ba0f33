import { callerOf, connectionOf, decodeTextCursor, loaderById, pageSize, perRequest, requireService } from '@campus/subgraph-runtime';
import type { ApiKeys } from './apiKeys';
import type { ProvidersStore } from './db/providersStore';
import type { ProviderAdministration } from './providerMutations';
import type { MutationResolvers, Resolvers } from './generated/resolvers';

/** Longer than any key the hub makes: anything longer is no key, and is not hashed. */
const MAX_KEY_LENGTH = 200;

export function providersResolvers(store: ProvidersStore, administration: ProviderAdministration, keys: ApiKeys, secret: Buffer): Resolvers {
  const loaders = perRequest(() => ({
    provider: loaderById((ids) => store.providersById(ids)),
  }));
  return {
    Query: {
      providers: () => store.allProviders(),
      providersConnection: async (_, args) => {
        const first = pageSize(args.first);
        const after = decodeTextCursor(args.after, 2);
        const [rows, totalCount] = await Promise.all([store.providersAfter(after, first + 1), store.countProviders()]);
        return connectionOf(rows, first, (row) => [row.name, row.id], { totalCount, after: after !== null });
      },
      apiKeys: (_, __, context) => administration.listKeys(callerOf(context, secret)),
      apiKeysConnection: async (_, args, context) => {
        const first = pageSize(args.first);
        const after = decodeTextCursor(args.after, 2);
        const { rows, total } = await administration.keyPage(callerOf(context, secret), first, after);
        return connectionOf(rows, first, (row) => [row.createdAt, row.id], { totalCount: total, after: after !== null });
      },
      me: async (_, __, context) => {
        const caller = callerOf(context, secret);
        return { role: caller.role, provider: caller.role === 'PARTNER' ? await store.provider(caller.providerId) : null };
      },
      provider: (_, args) => store.provider(args.id),
      keyIdentity: async (_, args, context) => {
        requireService(context, secret, ['gateway']);
        const identity = args.key.length <= MAX_KEY_LENGTH ? await keys.authenticate(args.key) : null;
        if (identity === null || identity.role === 'PUBLIC') return null;
        return { role: identity.role, keyId: identity.keyId, providerId: identity.role === 'PARTNER' ? identity.providerId : null };
      },
    },
    Mutation: store.writes.writing<MutationResolvers>('the change', {
      createProvider: (_, args, context) => administration.create(callerOf(context, secret), args.input),
      updateProvider: (_, args, context) => administration.update(callerOf(context, secret), args.id, args.input),
      createApiKey: (_, args, context) => administration.createKey(callerOf(context, secret), args.name, args.role ?? null, args.providerId ?? null),
      rotateApiKey: (_, args, context) => administration.rotateKey(callerOf(context, secret), args.id),
      revokeApiKey: (_, args, context) => administration.revokeKey(callerOf(context, secret), args.id),
    }),
    Provider: {
      __resolveReference: (reference, context) => loaders(context).provider.load(reference.id),
    },
  };
}
