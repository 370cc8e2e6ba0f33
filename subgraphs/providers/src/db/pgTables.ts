import type { ProviderKind } from '@campus/schema';
import { pgSchema, text } from 'drizzle-orm/pg-core';

/**
 * The providers service's tables on PostgreSQL, in a schema of its own: the same columns as on
 * SQLite (tables.ts), instants as ISO text there and here, so that both give the same rows.
 */
export const providersSchema = pgSchema('providers');

export const providers = providersSchema.table('providers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').$type<ProviderKind>().notNull(),
  website: text('website'),
  description: text('description'),
  contact: text('contact'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const apiKeys = providersSchema.table('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  role: text('role').notNull(),
  providerId: text('provider_id'),
  keyHash: text('key_hash').notNull().unique(),
  createdAt: text('created_at').notNull(),
  lastUsedAt: text('last_used_at'),
  revokedAt: text('revoked_at'),
});
