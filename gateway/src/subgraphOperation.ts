import type { ExecutionResult } from 'graphql';
import { unavailable } from './subgraphSources';

/**
 * One operation sent straight to one subgraph, past the gateway's query planner: for the hub's own
 * bulk reads (exports), which need pages larger than the public API allows and no joins.
 */
export type SubgraphOperation = (query: string, variables: Record<string, unknown>) => Promise<ExecutionResult>;

/** A subgraph served over HTTP, within `timeoutMs`; without an identity header it answers as to the public. */
export function remoteSubgraphOperation(name: string, url: string, timeoutMs: number): SubgraphOperation {
  return async (query, variables) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }), signal });
      if (!response.headers.get('content-type')?.includes('json')) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as ExecutionResult;
    } catch {
      throw unavailable(name, signal.aborted ? 'timeout' : 'unreachable');
    }
  };
}
