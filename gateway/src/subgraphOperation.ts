import type { ExecutionResult } from 'graphql';

/**
 * One operation sent straight to one subgraph, past the gateway's query planner: for the hub's own
 * bulk reads (exports), which need pages larger than the public API allows and no joins.
 */
export type SubgraphOperation = (query: string, variables: Record<string, unknown>) => Promise<ExecutionResult>;

/** A subgraph served over HTTP; without an identity header it answers as to the public. */
export function remoteSubgraphOperation(url: string): SubgraphOperation {
  return async (query, variables) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    if (!response.ok && !response.headers.get('content-type')?.includes('json')) throw new Error(`${url} answered ${response.status}`);
    return (await response.json()) as ExecutionResult;
  };
}
