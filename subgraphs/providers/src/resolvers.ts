import { asc, eq, inArray } from 'drizzle-orm';
import DataLoader from 'dataloader';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { perRequest } from '@campus/subgraph-runtime';
import type { ProvidersDatabase } from './db/openProvidersDatabase';
import { providers } from './db/tables';

type ProviderRow = typeof providers.$inferSelect;

export function providersResolvers(database: ProvidersDatabase): GraphQLResolverMap<object> {
  const { db } = database;
  const loaders = perRequest(() => ({
    provider: new DataLoader<string, ProviderRow | null>((ids) => {
      const rows = db.select().from(providers).where(inArray(providers.id, [...ids])).all();
      const byId = new Map(rows.map((row) => [row.id, row]));
      return Promise.resolve(ids.map((id) => byId.get(id) ?? null));
    }),
  }));
  return {
    Query: {
      providers: () => db.select().from(providers).orderBy(asc(providers.name)).all(),
      provider: (_: unknown, args: { id: string }) => db.select().from(providers).where(eq(providers.id, args.id)).get() ?? null,
    },
    Provider: {
      __resolveReference: (reference: { id: string }, context: object) => loaders(context).provider.load(reference.id),
    },
  };
}
