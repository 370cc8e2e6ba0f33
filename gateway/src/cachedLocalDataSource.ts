import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { execute, parse, validate, type DocumentNode, type ExecutionResult, type GraphQLError, type GraphQLSchema } from 'graphql';
import { metrics, publicError } from '@campus/subgraph-runtime';

const MAX_DOCUMENTS = 500;

/**
 * A subgraph in the gateway's own process, like Apollo's LocalGraphQLDataSource, but parsing and
 * validating each distinct subgraph operation once: the gateway sends the same few operations
 * over and over, and re-reading them was a good part of the cost of every request. Its errors are
 * made public as a subgraph served over HTTP makes them (no library's message reaches a caller).
 */
export class CachedLocalDataSource implements GraphQLDataSource {
  readonly #documents = new Map<string, DocumentNode>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly name: string,
  ) {}

  process({ request, context }: GraphQLDataSourceProcessOptions): ReturnType<GraphQLDataSource['process']> {
    return this.run(request.query ?? '', request.variables ?? {}, context, request.operationName);
  }

  /** One operation on this subgraph, for the gateway's own reads as well as its query plans. */
  async run(source: string, variables: Record<string, unknown>, context: object, operationName?: string): Promise<ExecutionResult> {
    let document = this.#documents.get(source);
    if (!document) {
      let parsed: DocumentNode;
      try {
        parsed = parse(source);
      } catch (error) {
        return { errors: [error as GraphQLError] };
      }
      const errors = validate(this.schema, parsed);
      if (errors.length > 0) return { errors };
      if (this.#documents.size >= MAX_DOCUMENTS) this.#documents.clear();
      this.#documents.set(source, parsed);
      document = parsed;
    }
    const end = metrics.subgraphCalls.startTimer({ service: this.name });
    const result = await execute({ schema: this.schema, document, variableValues: variables, operationName, contextValue: context });
    end({ outcome: 'ok' });
    if (!result.errors) return result;
    const requestId = (context as { requestId?: unknown }).requestId;
    return { ...result, errors: result.errors.map((error) => publicError(error, { part: this.name, requestId })) };
  }
}
