import { GraphQLError, Kind, visit, type ASTVisitor, type ValidationContext } from 'graphql';
import { MAX_PAGE_SIZE } from '@campus/schema';

/**
 * Refuses a page size out of range where the query writes it out, naming the argument, before the
 * cost limit (which would only say the query is too expensive) has its turn. Sizes passed as
 * variables are checked by the subgraphs, which see their values.
 */
export function pageSizeRule(context: ValidationContext): ASTVisitor {
  return {
    // On entering the document, so that this error is reported before the cost limit's.
    Document(document) {
      visit(document, {
        Argument(node) {
          if (node.name.value !== 'first' || node.value.kind !== Kind.INT) return;
          const first = Number(node.value.value);
          if (first < 0 || first > MAX_PAGE_SIZE) {
            context.reportError(
              new GraphQLError(`"first" must be between 0 and ${MAX_PAGE_SIZE}, not ${first}`, { nodes: [node], extensions: { code: 'BAD_USER_INPUT', argument: 'first' } }),
            );
          }
        },
      });
    },
  };
}
