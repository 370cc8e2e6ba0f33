import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';

/**
 * A document whose operation cannot be chosen (several and none named, or a name it lacks) is the
 * caller's mistake: 400 with OPERATION_RESOLUTION_FAILURE, as Apollo Server answers without a
 * gateway. With one, Apollo passes the request on and the gateway's planner fails it with a 500.
 */
export const operationResolutionPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, request }) {
        if (operation) return;
        const named = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
        const message = request.operationName
          ? `Unknown operation named "${request.operationName}".`
          : named > 1
            ? 'Must provide operation name if query contains multiple operations.'
            : 'The document contains no operation to run.';
        throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
      },
    };
  },
};
