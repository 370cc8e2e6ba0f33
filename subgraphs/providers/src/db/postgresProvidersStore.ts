import { and, asc, count, desc, eq, gt, isNull, lt, or, type SQL } from 'drizzle-orm';
import { inJsonbList, jsonList, WriteHealth, type PostgresConnection } from '@campus/subgraph-runtime';
import { apiKeys, providers } from './pgTables';
import type { ProvidersStore } from './providersStore';

const KEY_FIELDS = { id: apiKeys.id, name: apiKeys.name, role: apiKeys.role, providerId: apiKeys.providerId, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt };

/** The providers service's storage in its own schema of a PostgreSQL database (migrated by the caller). */
export function postgresProvidersStore(connection: PostgresConnection): ProvidersStore {
  const { db } = connection;
  const byName = [asc(providers.name), asc(providers.id)];
  const newestFirst = [desc(apiKeys.createdAt), desc(apiKeys.id)];
  const first = <T>(rows: T[]): T | null => rows[0] ?? null;
  // Read on every page that shows providers: prepared once per connection (a session's names are one namespace, hence the prefix).
  const byIds = db.select().from(providers).where(inJsonbList(providers.id)).prepare('providers_by_ids');
  return {
    allProviders: () => db.select().from(providers).orderBy(...byName),
    providersAfter: (after, limit) => {
      const since = after ? or(gt(providers.name, after[0]!), and(eq(providers.name, after[0]!), gt(providers.id, after[1]!))) : undefined;
      return db.select().from(providers).where(since).orderBy(...byName).limit(limit);
    },
    countProviders: async () => first(await db.select({ n: count() }).from(providers))?.n ?? 0,
    providersById: async (ids) => (ids.length === 0 ? [] : byIds.execute(jsonList(ids))),
    provider: async (id) => first(await db.select().from(providers).where(eq(providers.id, id))),
    applyConfig: (configs, at) =>
      db.transaction(async (tx) => {
        for (const config of configs) {
          const values = { name: config.name, kind: config.kind, website: config.website, description: config.description, updatedAt: at };
          await tx.insert(providers).values({ id: config.id, ...values, createdAt: at }).onConflictDoUpdate({ target: providers.id, set: values });
        }
      }),
    insertProvider: async (row) => void (await db.insert(providers).values(row)),
    updateProvider: async (id, changes) => void (await db.update(providers).set(changes).where(eq(providers.id, id))),
    insertKey: async (row) => void (await db.insert(apiKeys).values(row)),
    allKeys: () => db.select(KEY_FIELDS).from(apiKeys).orderBy(...newestFirst),
    keysAfter: async (providerId, limit, after) => {
      const scope = providerId === null ? undefined : and(eq(apiKeys.providerId, providerId), eq(apiKeys.role, 'PARTNER'));
      const since: SQL | undefined = after ? or(lt(apiKeys.createdAt, after[0]!), and(eq(apiKeys.createdAt, after[0]!), lt(apiKeys.id, after[1]!))) : undefined;
      const [rows, total] = await Promise.all([db.select(KEY_FIELDS).from(apiKeys).where(and(scope, since)).orderBy(...newestFirst).limit(limit), db.select({ n: count() }).from(apiKeys).where(scope)]);
      return { rows, total: first(total)?.n ?? 0 };
    },
    activeKeyByHash: async (hash) => first(await db.select().from(apiKeys).where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)))),
    activeKey: async (id) => first(await db.select().from(apiKeys).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))),
    keyOwner: async (id) => first(await db.select({ role: apiKeys.role, providerId: apiKeys.providerId }).from(apiKeys).where(eq(apiKeys.id, id))),
    noteKeyUse: async (id, at) => void (await db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id))),
    revokeKey: async (id, at) => (await db.update(apiKeys).set({ revokedAt: at }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).returning({ id: apiKeys.id })).length > 0,
    replaceKey: (oldId, successor, at) =>
      db.transaction(async (tx) => {
        const revoked = await tx.update(apiKeys).set({ revokedAt: at }).where(and(eq(apiKeys.id, oldId), isNull(apiKeys.revokedAt))).returning({ id: apiKeys.id });
        if (revoked.length === 0) return false;
        await tx.insert(apiKeys).values(successor);
        return true;
      }),
    queries: connection.queries,
    writes: new WriteHealth('providers', null),
    close: () => connection.close(),
  };
}
