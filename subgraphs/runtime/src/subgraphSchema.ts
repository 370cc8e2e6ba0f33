import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode, GraphQLSchema } from 'graphql';

type ResolverMap = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']>;

/**
 * A subgraph's schema from its SDL and its resolvers, which each subgraph types with the resolver
 * types graphql-codegen generates from that same SDL (`Resolvers` in its `generated/`). Those
 * declare `__isTypeOf(parent, context, info)`, which @apollo/subgraph's map (every member a field
 * resolver) cannot express; the hub defines no `__isTypeOf`, so the map is passed on as it is.
 */
export function subgraphSchema(typeDefs: DocumentNode, resolvers: object): GraphQLSchema {
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as ResolverMap });
}

/** An entity another subgraph resolves, as this one knows it: by its key. */
export interface EntityReference {
  id: string;
}
