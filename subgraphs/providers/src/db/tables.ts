import type { ProviderKind } from '@campus/schema';
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const providers = sqliteTable('providers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<ProviderKind>().notNull(),
  website: text('website'),
  description: text('description'),
  /** How people reach the provider about its courses (e-mail or phone), as the provider states it. */
  contact: text('contact'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** API keys: only a hash is kept; the key itself is shown once, when it is made. */
export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** ADMIN or PARTNER. */
  role: text('role').notNull(),
  /** The provider a partner key acts for; null for admins. */
  providerId: text('provider_id'),
  keyHash: text('key_hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
  lastUsedAt: text('last_used_at'),
  revokedAt: text('revoked_at'),
});

export type ProviderRow = typeof providers.$inferSelect;
