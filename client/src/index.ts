import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, GraphQLClient } from 'graphql-request';

export * from './generated/graphql';

export interface HubClientOptions {
  /** The hub's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** A partner's or admin's API key; without one the client sees what the public sees. */
  apiKey?: string;
}

/** An error the hub answered with: its message and `extensions.code` (see docs/api.md). */
export class HubError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'HubError';
  }
}

export interface HubClient {
  /** Runs a typed operation and returns its data; a refusal or error of the hub throws a HubError. */
  request<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData>;
}

/** A client for the hub's API, on graphql-request; the operations' types come from the hub's public schema. */
export function createHubClient(options: HubClientOptions): HubClient {
  const client = new GraphQLClient(options.url, { headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {} });
  return {
    async request<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables?: TVariables): Promise<TData> {
      try {
        return await client.request<TData>({ document, ...(variables ? { variables } : {}) });
      } catch (error) {
        if (error instanceof ClientError) {
          const first = error.response.errors?.[0];
          throw new HubError(first?.message ?? `HTTP ${error.response.status}`, String(first?.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'), error.response.status);
        }
        throw error;
      }
    },
  };
}
