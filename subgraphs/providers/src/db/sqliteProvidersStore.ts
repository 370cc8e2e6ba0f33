import { and, asc, count, desc, eq, gt, inArray, isNull, lt, or, type SQL } from 'drizzle-orm';
import type { ProvidersDatabase } from './openProvidersDatabase';
import type { ProvidersStore } from './providersStore';
import { apiKeys, providers } from './tables';

/** What may be shown of a key: every column but its hash. */
const KEY_FIELDS = { id: apiKeys.id, name: apiKeys.name, role: apiKeys.role, providerId: apiKeys.providerId, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt };

/** The providers service's storage in its SQLite file (better-sqlite3 answers at once; the interface is the servers'). */
export function sqliteProvidersStore(database: ProvidersDatabase): ProvidersStore {
  const { db } = database;
  const byName = [asc(providers.name), asc(providers.id)];
  const newestFirst = [desc(apiKeys.createdAt), desc(apiKeys.id)];
  const revoke = (id: string, at: string) => db.update(apiKeys).set({ revokedAt: at }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).run().changes > 0;
  return {
    allProviders: async () => db.select().from(providers).orderBy(...byName).all(),
    providersAfter: async (after, limit) => {
      const since = after ? or(gt(providers.name, after[0]!), and(eq(providers.name, after[0]!), gt(providers.id, after[1]!))) : undefined;
      return db.select().from(providers).where(since).orderBy(...byName).limit(limit).all();
    },
    countProviders: async () => db.select({ n: count() }).from(providers).get()?.n ?? 0,
    providersById: async (ids) => (ids.length === 0 ? [] : db.select().from(providers).where(inArray(providers.id, [...ids])).all()),
    provider: async (id) => db.select().from(providers).where(eq(providers.id, id)).get() ?? null,
    applyConfig: async (configs, at) =>
      db.transaction((tx) => {
        for (const config of configs) {
          const values = { name: config.name, kind: config.kind, website: config.website, description: config.description, updatedAt: at };
          tx.insert(providers).values({ id: config.id, ...values, createdAt: at }).onConflictDoUpdate({ target: providers.id, set: values }).run();
        }
      }),
    insertProvider: async (row) => void db.insert(providers).values(row).run(),
    updateProvider: async (id, changes) => void db.update(providers).set(changes).where(eq(providers.id, id)).run(),
    insertKey: async (row) => void db.insert(apiKeys).values(row).run(),
    allKeys: async () => db.select(KEY_FIELDS).from(apiKeys).orderBy(...newestFirst).all(),
    keysAfter: async (providerId, limit, after) => {
      const scope = providerId === null ? undefined : and(eq(apiKeys.providerId, providerId), eq(apiKeys.role, 'PARTNER'));
      const since: SQL | undefined = after ? or(lt(apiKeys.createdAt, after[0]!), and(eq(apiKeys.createdAt, after[0]!), lt(apiKeys.id, after[1]!))) : undefined;
      const rows = db.select(KEY_FIELDS).from(apiKeys).where(and(scope, since)).orderBy(...newestFirst).limit(limit).all();
      const total = db.select({ n: count() }).from(apiKeys).where(scope).get()?.n ?? 0;
      return { rows, total };
    },
    activeKeyByHash: async (hash) => db.select().from(apiKeys).where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt))).get() ?? null,
    activeKey: async (id) => db.select().from(apiKeys).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).get() ?? null,
    keyOwner: async (id) => db.select({ role: apiKeys.role, providerId: apiKeys.providerId }).from(apiKeys).where(eq(apiKeys.id, id)).get() ?? null,
    noteKeyUse: async (id, at) => void db.update(apiKeys).set({ lastUsedAt: at }).where(eq(apiKeys.id, id)).run(),
    revokeKey: async (id, at) => revoke(id, at),
    replaceKey: async (oldId, successor, at) =>
      db.transaction(() => {
        if (!revoke(oldId, at)) return false;
        db.insert(apiKeys).values(successor).run();
        return true;
      }),
    queries: database.queries,
    writes: database.writes,
    close: async () => database.close(),
  };
}
