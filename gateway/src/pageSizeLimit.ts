import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ASTNode, type ASTVisitor, type GraphQLFormattedError, type OperationDefinitionNode, type ValidationContext } from 'graphql';
import { MAX_PAGE_SIZE } from '@campus/schema';

function pageSizeError(first: number, node: ASTNode): GraphQLError {
  return new GraphQLError(`"first" must be between 0 and ${MAX_PAGE_SIZE}, not ${first}`, { nodes: [node], extensions: { code: 'BAD_USER_INPUT', argument: 'first', limit: 'pageSize', http: { status: 400 } } });
}

/**
 * Refuses a page size out of range where the query writes it out, naming the argument, before the
 * cost limit (which would only say the query is too expensive) has its turn.
 */
export function pageSizeRule(context: ValidationContext): ASTVisitor {
  return {
    // On entering the document, so that this error is reported before the cost limit's.
    Document(document) {
      visit(document, {
        Argument(node) {
          if (node.name.value !== 'first' || node.value.kind !== Kind.INT) return;
          const first = Number(node.value.value);
          if (first < 0 || first > MAX_PAGE_SIZE) context.reportError(pageSizeError(first, node));
        },
      });
    },
  };
}

/**
 * Apollo codes every validation error GRAPHQL_VALIDATION_FAILED; a page size out of range is the
 * caller's input whether written out or passed as a variable, so it keeps BAD_USER_INPUT either way.
 */
export function formatPageSizeError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.['limit'] !== 'pageSize') return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
}

/** The value a variable has in this request: the one sent, else its default where that is a number. */
function variableValue(operation: OperationDefinitionNode | undefined, variables: Record<string, unknown> | undefined, name: string): unknown {
  if (variables && name in variables) return variables[name];
  const fallback = operation?.variableDefinitions?.find((d) => d.variable.name.value === name)?.defaultValue;
  return fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
}

/**
 * The same limit for page sizes passed as variables, which validation cannot see. Subgraphs serve
 * the hub's own exports larger pages, so keeping the public API to its limit is the gateway's task.
 */
export const pageSizeVariablesPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request }) {
        // The whole document: a fragment the operation spreads may pass the variable on.
        visit(document, {
          Argument(node) {
            if (node.name.value !== 'first' || node.value.kind !== Kind.VARIABLE) return;
            const first = variableValue(operation, request.variables, node.value.name.value);
            if (typeof first === 'number' && (first < 0 || first > MAX_PAGE_SIZE)) throw pageSizeError(first, node);
          },
        });
      },
    };
  },
};
