import type { ApolloServerPlugin } from '@apollo/server';
import { metrics, operationLabel } from '@campus/subgraph-runtime';
import type { HubContext } from './hubContext';

/**
 * Counts and times every GraphQL operation by name and type, and its errors by code (Prometheus),
 * and tells the edge the operation's name for the request's log line.
 */
export const observabilityPlugin: ApolloServerPlugin<HubContext> = {
  async requestDidStart({ contextValue }) {
    const end = metrics.graphqlRequests.startTimer();
    return {
      async willSendResponse({ operationName, operation, response }) {
        const label = operationLabel(operationName);
        contextValue.observed.operation = label;
        end({ operation: label, type: operation?.operation ?? 'none' });
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        for (const error of errors) metrics.graphqlErrors.inc({ code: String(error.extensions?.['code'] ?? 'NONE') });
      },
    };
  },
};
