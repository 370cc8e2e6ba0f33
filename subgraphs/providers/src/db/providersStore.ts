import type { ProviderConfig } from '@campus/schema';
import type { QueryCounter, WriteHealth } from '@campus/subgraph-runtime';
import type { apiKeys, ProviderRow } from './tables';

export type ApiKeyRow = typeof apiKeys.$inferSelect;
/** What may be shown of a key: everything but its hash. */
export type KeyListing = Omit<ApiKeyRow, 'keyHash'>;
/** A provider's details as an admin or partner changes them. */
export type ProviderChanges = Pick<ProviderRow, 'name' | 'kind' | 'website' | 'description' | 'contact' | 'updatedAt'>;

/**
 * The providers service's storage: every read and write of its tables, and nothing else runs SQL.
 * SQLite (the embedded default) and PostgreSQL (DATABASE_URL) implement it alike; one behaviour
 * suite (test/providersStore.test.ts) holds both to the same answers.
 */
export interface ProvidersStore {
  /** Every provider, by name then id. */
  allProviders(): Promise<ProviderRow[]>;
  /** Up to `limit` providers by name then id, after the (name, id) `after`. */
  providersAfter(after: readonly string[] | null, limit: number): Promise<ProviderRow[]>;
  countProviders(): Promise<number>;
  providersById(ids: readonly string[]): Promise<ProviderRow[]>;
  provider(id: string): Promise<ProviderRow | null>;
  /** Makes the providers agree with the operator's configuration, in one transaction. */
  applyConfig(configs: readonly ProviderConfig[], at: string): Promise<void>;
  insertProvider(row: ProviderRow): Promise<void>;
  updateProvider(id: string, changes: ProviderChanges): Promise<void>;

  insertKey(row: ApiKeyRow): Promise<void>;
  /** Every key, newest first. */
  allKeys(): Promise<KeyListing[]>;
  /** Up to `limit` keys newest first after the (created, id) `after`, with the count of all: only a provider's partner keys when `providerId` is given. */
  keysAfter(providerId: string | null, limit: number, after: readonly string[] | null): Promise<{ rows: KeyListing[]; total: number }>;
  /** The key that is not revoked with this hash, if any. */
  activeKeyByHash(hash: string): Promise<ApiKeyRow | null>;
  /** The key that is not revoked with this id, if any. */
  activeKey(id: string): Promise<ApiKeyRow | null>;
  keyOwner(id: string): Promise<{ role: string; providerId: string | null } | null>;
  noteKeyUse(id: string, at: string): Promise<void>;
  /** Revokes a key that is not revoked yet; whether it did. */
  revokeKey(id: string, at: string): Promise<boolean>;
  /** Revokes `oldId` and adds `successor`, both or neither; whether the old one was still valid. */
  replaceKey(oldId: string, successor: ApiKeyRow, at: string): Promise<boolean>;

  queries: QueryCounter;
  /** Whether it can write; its writes that matter go through `writes.write`. */
  writes: WriteHealth;
  close(): Promise<void>;
}
