import { asc, eq, inArray } from 'drizzle-orm';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { loaderById, perRequest } from '@campus/subgraph-runtime';
import type { ProvidersDatabase } from './db/openProvidersDatabase';
import { providers } from './db/tables';


export function providersResolvers(database: ProvidersDatabase): GraphQLResolverMap<object> {
  const { db } = database;
  const loaders = perRequest(() => ({
    provider: loaderById((ids) => db.select().from(providers).where(inArray(providers.id, ids)).all()),
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
