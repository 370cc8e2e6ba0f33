import { createHash, randomBytes } from 'node:crypto';
import { and, count, desc, eq, isNull, lt, or, type SQL } from 'drizzle-orm';
import { TEXT_LIMITS, type Identity } from '@campus/schema';
import { StorageError } from '@campus/subgraph-runtime';
import type { ProvidersDatabase } from './db/openProvidersDatabase';
import { apiKeys, providers } from './db/tables';

export type KeyRole = 'ADMIN' | 'PARTNER';

export interface NewKey {
  id: string;
  /** Shown once; only its hash is kept. */
  key: string;
}

export class KeyError extends Error {}

/** Keys are 32 random bytes: a plain SHA-256 is a safe hash for them (no password to guess). */
function hashOf(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** What may be shown of a key: everything but its hash. */
const KEY_FIELDS = { id: apiKeys.id, name: apiKeys.name, role: apiKeys.role, providerId: apiKeys.providerId, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt };

/** Making, listing, revoking and checking API keys; the only code that touches the keys table. */
export class ApiKeys {
  constructor(private readonly database: ProvidersDatabase) {}

  create(input: { role: KeyRole; name: string; providerId: string | null }, now = new Date()): NewKey {
    if (input.role === 'PARTNER' && !input.providerId) throw new KeyError('a partner key needs the provider it acts for (--provider)');
    if (input.role === 'ADMIN' && input.providerId) throw new KeyError('an admin key acts for no single provider');
    if (input.providerId && !this.database.db.select({ id: providers.id }).from(providers).where(eq(providers.id, input.providerId)).get()) {
      throw new KeyError(`there is no provider "${input.providerId}"`);
    }
    if (!input.name.trim()) throw new KeyError('a key needs a name (--name)');
    if (input.name.length > TEXT_LIMITS.keyName) throw new KeyError(`a key's name has at most ${TEXT_LIMITS.keyName} characters`);
    const id = `key_${randomBytes(6).toString('base64url')}`;
    const key = `dch_${randomBytes(32).toString('base64url')}`;
    this.database.db.insert(apiKeys).values({ id, name: input.name.trim(), role: input.role, providerId: input.providerId, keyHash: hashOf(key), createdAt: now.toISOString() }).run();
    return { id, key };
  }

  list() {
    return this.database.db.select(KEY_FIELDS).from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id)).all();
  }

  /**
   * Up to `limit` keys, newest first, after the key whose (created, id) is `after`; only a
   * provider's partner keys when `providerId` is given. With the count of all such keys.
   */
  page(providerId: string | null, limit: number, after: readonly string[] | null) {
    const scope = providerId === null ? undefined : and(eq(apiKeys.providerId, providerId), eq(apiKeys.role, 'PARTNER'));
    const since: SQL | undefined = after ? or(lt(apiKeys.createdAt, after[0]!), and(eq(apiKeys.createdAt, after[0]!), lt(apiKeys.id, after[1]!))) : undefined;
    const rows = this.database.db.select(KEY_FIELDS).from(apiKeys).where(and(scope, since)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id)).limit(limit).all();
    const total = this.database.db.select({ n: count() }).from(apiKeys).where(scope).get()?.n ?? 0;
    return { rows, total };
  }

  /** A new key in place of an old one (same name, role and provider); the old one is revoked. */
  rotate(id: string, now = new Date()): NewKey | null {
    const old = this.database.db.select().from(apiKeys).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).get();
    if (!old) return null;
    return this.database.db.transaction(() => {
      const created = this.create({ role: old.role as KeyRole, name: old.name, providerId: old.providerId }, now);
      this.revoke(id, now);
      return created;
    });
  }

  /** A key's provider and role, to decide who may manage it. */
  owner(id: string): { role: string; providerId: string | null } | null {
    return this.database.db.select({ role: apiKeys.role, providerId: apiKeys.providerId }).from(apiKeys).where(eq(apiKeys.id, id)).get() ?? null;
  }

  revoke(id: string, now = new Date()): boolean {
    return this.database.db.update(apiKeys).set({ revokedAt: now.toISOString() }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).run().changes > 0;
  }

  /**
   * The identity a key stands for, or null for an unknown or revoked key. The key is looked up by
   * its hash, so no comparison of secrets happens character by character.
   */
  authenticate(key: string, now = new Date()): Identity | null {
    const row = this.database.db.select().from(apiKeys).where(and(eq(apiKeys.keyHash, hashOf(key)), isNull(apiKeys.revokedAt))).get();
    if (!row) return null;
    try {
      this.database.writes.write("the key's last use", () => this.database.db.update(apiKeys).set({ lastUsedAt: now.toISOString() }).where(eq(apiKeys.id, row.id)).run());
    } catch (error) {
      // A key is no less valid because its last use could not be noted (a full disk, say): /health tells.
      if (!(error instanceof StorageError)) throw error;
    }
    return row.role === 'ADMIN' ? { role: 'ADMIN', keyId: row.id } : { role: 'PARTNER', providerId: row.providerId ?? '', keyId: row.id };
  }
}
