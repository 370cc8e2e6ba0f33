import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { SERVICE_HEADER, signService, type ServiceName } from '@campus/schema';
import { StorageError } from './writeHealth';

/** Another part of the hub, reached over HTTP for an internal operation. */
export interface ServiceTarget {
  /** Its name, for messages: "the catalog service". */
  name: string;
  /** Its GraphQL endpoint. */
  url: string;
  /** Who calls, signed with the hub's secret. */
  caller: ServiceName;
  secret: Buffer;
  timeoutMs: number;
}

/** An internal call that failed; `reason` is plain words a partner or operator can read (a harvest run shows it). */
export class ServiceCallError extends Error {
  constructor(
    readonly reason: string,
    readonly code: string,
  ) {
    super(reason);
  }
}

const printed = new WeakMap<object, string>();

/**
 * Runs one internal operation on another service and returns its data. An answer with an error
 * throws it: STORAGE_UNAVAILABLE as a StorageError (the other service's storage refused the write),
 * anything else as a ServiceCallError, as does a service that cannot be reached in time.
 */
export async function callService<TData, TVariables>(target: ServiceTarget, document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
  let query = printed.get(document);
  if (query === undefined) {
    query = print(document);
    printed.set(document, query);
  }
  const signal = AbortSignal.timeout(target.timeoutMs);
  let answer: ExecutionResult<TData>;
  try {
    const response = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SERVICE_HEADER]: signService(target.caller, target.secret) },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    if (!response.headers.get('content-type')?.includes('json')) throw new Error(`HTTP ${response.status}`);
    answer = (await response.json()) as ExecutionResult<TData>;
  } catch {
    throw new ServiceCallError(`${target.name} ${signal.aborted ? `did not answer within ${target.timeoutMs / 1000} s` : 'could not be reached'}`, 'SERVICE_UNAVAILABLE');
  }
  const error = answer.errors?.[0];
  if (error) {
    const code = typeof error.extensions?.['code'] === 'string' ? error.extensions['code'] : 'INTERNAL_SERVER_ERROR';
    if (code === 'STORAGE_UNAVAILABLE') {
      const reason = error.extensions?.['reason'];
      throw new StorageError(`the write to ${target.name}`, typeof reason === 'string' ? reason : error.message, { cause: error });
    }
    throw new ServiceCallError(`${target.name} refused: ${error.message}`, code);
  }
  if (!answer.data) throw new ServiceCallError(`${target.name} sent no answer`, 'SERVICE_UNAVAILABLE');
  return answer.data;
}
