import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { unavailable } from './subgraphSources';

/**
 * One operation sent straight to one subgraph, past the gateway's query planner: for the hub's own
 * bulk reads (exports), which need pages larger than the public API allows and no joins. The
 * documents are typed by graphql-codegen from the subgraph's SDL (gateway/src/exports/operations).
 */
export type SubgraphOperation = <TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) => Promise<ExecutionResult<TData>>;

const printed = new WeakMap<object, string>();

/** A document's text, printed once. */
export function sourceOf(document: TypedDocumentNode<unknown, never>): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** A subgraph served over HTTP, within `timeoutMs`; without an identity header it answers as to the public. */
export function remoteSubgraphOperation(name: string, url: string, timeoutMs: number): SubgraphOperation {
  return async <TData,>(document: TypedDocumentNode<TData, never>, variables: Record<string, unknown>) => {
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: sourceOf(document), variables }), signal });
      if (!response.headers.get('content-type')?.includes('json')) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as ExecutionResult<TData>;
    } catch {
      throw unavailable(name, signal.aborted ? 'timeout' : 'unreachable');
    }
  };
}
