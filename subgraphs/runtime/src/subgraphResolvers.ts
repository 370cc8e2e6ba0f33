import type { buildSubgraphSchema } from '@apollo/subgraph';

/**
 * The resolver map buildSubgraphSchema takes, read off its public signature: @apollo/subgraph
 * exports the type only from a private path.
 */
export type SubgraphResolvers = NonNullable<Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers']>;
