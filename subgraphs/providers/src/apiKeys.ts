import { createHash, randomBytes } from 'node:crypto';
import { TEXT_LIMITS, type Identity } from '@campus/schema';
import { StorageError } from '@campus/subgraph-runtime';
import type { ApiKeyRow, KeyListing, ProvidersStore } from './db/providersStore';

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

/** Making, listing, revoking and checking API keys: the rules, with the storage behind the store. */
export class ApiKeys {
  constructor(private readonly store: ProvidersStore) {}

  /** A key's row, checked and made, not yet stored. */
  async #newKey(input: { role: KeyRole; name: string; providerId: string | null }, now: Date): Promise<{ row: ApiKeyRow; key: NewKey }> {
    if (input.role === 'PARTNER' && !input.providerId) throw new KeyError('a partner key needs the provider it acts for (--provider)');
    if (input.role === 'ADMIN' && input.providerId) throw new KeyError('an admin key acts for no single provider');
    if (input.providerId && !(await this.store.provider(input.providerId))) throw new KeyError(`there is no provider "${input.providerId}"`);
    if (!input.name.trim()) throw new KeyError('a key needs a name (--name)');
    if (input.name.length > TEXT_LIMITS.keyName) throw new KeyError(`a key's name has at most ${TEXT_LIMITS.keyName} characters`);
    const id = `key_${randomBytes(6).toString('base64url')}`;
    const key = `dch_${randomBytes(32).toString('base64url')}`;
    const row = { id, name: input.name.trim(), role: input.role, providerId: input.providerId, keyHash: hashOf(key), createdAt: now.toISOString(), lastUsedAt: null, revokedAt: null };
    return { row, key: { id, key } };
  }

  async create(input: { role: KeyRole; name: string; providerId: string | null }, now = new Date()): Promise<NewKey> {
    const made = await this.#newKey(input, now);
    await this.store.insertKey(made.row);
    return made.key;
  }

  list(): Promise<KeyListing[]> {
    return this.store.allKeys();
  }

  /**
   * Up to `limit` keys, newest first, after the key whose (created, id) is `after`; only a
   * provider's partner keys when `providerId` is given. With the count of all such keys.
   */
  page(providerId: string | null, limit: number, after: readonly string[] | null) {
    return this.store.keysAfter(providerId, limit, after);
  }

  /** A new key in place of an old one (same name, role and provider); the old one is revoked. */
  async rotate(id: string, now = new Date()): Promise<NewKey | null> {
    const old = await this.store.activeKey(id);
    if (!old) return null;
    const made = await this.#newKey({ role: old.role as KeyRole, name: old.name, providerId: old.providerId }, now);
    return (await this.store.replaceKey(id, made.row, now.toISOString())) ? made.key : null;
  }

  /** A key's provider and role, to decide who may manage it. */
  owner(id: string) {
    return this.store.keyOwner(id);
  }

  revoke(id: string, now = new Date()): Promise<boolean> {
    return this.store.revokeKey(id, now.toISOString());
  }

  /**
   * The identity a key stands for, or null for an unknown or revoked key. The key is looked up by
   * its hash, so no comparison of secrets happens character by character.
   */
  async authenticate(key: string, now = new Date()): Promise<Identity | null> {
    const row = await this.store.activeKeyByHash(hashOf(key));
    if (!row) return null;
    try {
      await this.store.writes.write("the key's last use", () => this.store.noteKeyUse(row.id, now.toISOString()));
    } catch (error) {
      // A key is no less valid because its last use could not be noted (a full disk, say): /health tells.
      if (!(error instanceof StorageError)) throw error;
    }
    return row.role === 'ADMIN' ? { role: 'ADMIN', keyId: row.id } : { role: 'PARTNER', providerId: row.providerId ?? '', keyId: row.id };
  }
}
