import { composeServices } from '@apollo/composition';
import { parse, printSchema } from 'graphql';

export interface SubgraphDefinition {
  name: string;
  url: string;
  sdl: string;
}

/** The supergraph for routers, and the API schema its clients see (without federation's internals). */
export type CompositionOutcome = { ok: true; supergraphSdl: string; apiSchemaSdl: string } | { ok: false; errors: string[] };

/** Composes the subgraphs' SDL into a Federation 2 supergraph; failures come back as plain sentences. */
export function composeSupergraph(subgraphs: readonly SubgraphDefinition[]): CompositionOutcome {
  let result: ReturnType<typeof composeServices>;
  try {
    result = composeServices(subgraphs.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  } catch (error) {
    return { ok: false, errors: [`a subgraph's SDL does not parse: ${(error as Error).message}`] };
  }
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  return { ok: true, supergraphSdl: result.supergraphSdl, apiSchemaSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()) };
}

export class CompositionError extends Error {
  constructor(readonly errors: string[]) {
    super(`the subgraphs do not compose into one API:\n- ${errors.join('\n- ')}`);
  }
}
