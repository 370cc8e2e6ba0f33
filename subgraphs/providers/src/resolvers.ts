import { and, asc, count, eq, gt, or } from 'drizzle-orm';
import { callerOf, connectionOf, decodeTextCursor, inJsonList, jsonList, loaderById, pageSize, perRequest, requireService } from '@campus/subgraph-runtime';
import type { ApiKeys } from './apiKeys';
import type { ProvidersDatabase } from './db/openProvidersDatabase';
import { providers } from './db/tables';
import type { ProviderAdministration } from './providerMutations';
import type { MutationResolvers, Resolvers } from './generated/resolvers';

/** Longer than any key the hub makes: anything longer is no key, and is not hashed. */
const MAX_KEY_LENGTH = 200;

export function providersResolvers(database: ProvidersDatabase, administration: ProviderAdministration, keys: ApiKeys, secret: Buffer): Resolvers {
  const { db } = database;
  const providerRows = db.select().from(providers).where(inJsonList(providers.id)).prepare();
  const loaders = perRequest(() => ({
    provider: loaderById((ids) => providerRows.all(jsonList(ids))),
  }));
  return {
    Query: {
      providers: () => db.select().from(providers).orderBy(asc(providers.name), asc(providers.id)).all(),
      providersConnection: (_, args) => {
        const first = pageSize(args.first);
        const after = decodeTextCursor(args.after, 2);
        const since = after ? or(gt(providers.name, after[0]!), and(eq(providers.name, after[0]!), gt(providers.id, after[1]!))) : undefined;
        const rows = db.select().from(providers).where(since).orderBy(asc(providers.name), asc(providers.id)).limit(first + 1).all();
        const totalCount = db.select({ n: count() }).from(providers).get()?.n ?? 0;
        return connectionOf(rows, first, (row) => [row.name, row.id], { totalCount, after: after !== null });
      },
      apiKeys: (_, __, context) => administration.listKeys(callerOf(context, secret)),
      apiKeysConnection: (_, args, context) => {
        const first = pageSize(args.first);
        const after = decodeTextCursor(args.after, 2);
        const { rows, total } = administration.keyPage(callerOf(context, secret), first, after);
        return connectionOf(rows, first, (row) => [row.createdAt, row.id], { totalCount: total, after: after !== null });
      },
      me: (_, __, context) => {
        const caller = callerOf(context, secret);
        return { role: caller.role, provider: caller.role === 'PARTNER' ? (db.select().from(providers).where(eq(providers.id, caller.providerId)).get() ?? null) : null };
      },
      provider: (_, args) => db.select().from(providers).where(eq(providers.id, args.id)).get() ?? null,
      keyIdentity: (_, args, context) => {
        requireService(context, secret, ['gateway']);
        const identity = args.key.length <= MAX_KEY_LENGTH ? keys.authenticate(args.key) : null;
        if (identity === null || identity.role === 'PUBLIC') return null;
        return { role: identity.role, keyId: identity.keyId, providerId: identity.role === 'PARTNER' ? identity.providerId : null };
      },
    },
    Mutation: database.writes.writing<MutationResolvers>('the change', {
      createProvider: (_, args, context) => administration.create(callerOf(context, secret), args.input),
      updateProvider: (_, args, context) => administration.update(callerOf(context, secret), args.id, args.input),
      createApiKey: (_, args, context) =>
        administration.createKey(callerOf(context, secret), args.name, args.role ?? null, args.providerId ?? null),
      rotateApiKey: (_, args, context) => administration.rotateKey(callerOf(context, secret), args.id),
      revokeApiKey: (_, args, context) => administration.revokeKey(callerOf(context, secret), args.id),
    }),
    Provider: {
      __resolveReference: (reference, context) => loaders(context).provider.load(reference.id),
    },
  };
}
