import type { TraceContext } from '@campus/subgraph-runtime';

/** What each GraphQL request carries through the gateway and on into every subgraph call. */
export interface HubContext {
  /** The caller's identity, signed for the subgraphs. */
  identityHeader: string;
  /** This request's id, in every log line about it and in the X-Request-Id of every answer. */
  requestId: string;
  /** The W3C trace this request belongs to, with the gateway's span. */
  trace: TraceContext;
  /** What the GraphQL server learnt of the request, for its log line. */
  observed: { operation: string | null };
}
