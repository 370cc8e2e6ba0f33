import { AsyncLocalStorage } from 'node:async_hooks';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { IDENTITY_HEADER } from '@campus/schema';
import { log, metrics, traceHeaders } from '@campus/subgraph-runtime';
import type { HubContext } from './hubContext';

/** How long the gateway waits for one subgraph call before it answers without that part. */
export interface SubgraphTimeouts {
  queryMs: number;
  /** Mutations may fetch a partner's feed first (validateFeed, harvestFeedNow), so they may take longer. */
  mutationMs: number;
}

/** What a caller misses when a subgraph does not answer, in words a visitor understands. */
const UNAVAILABLE: Record<string, string> = {
  catalog: 'offerings are unavailable right now',
  providers: 'provider names are unavailable right now',
  feeds: 'feed details are unavailable right now',
};

/** The error for the missing part: it names what is missing, never the subgraph's address or the network's words. */
export function unavailable(service: string, reason: 'timeout' | 'unreachable'): GraphQLError {
  return new GraphQLError(`${UNAVAILABLE[service] ?? `the ${service} service is unavailable right now`}; please try again in a moment`, {
    extensions: { code: 'SERVICE_UNAVAILABLE', service, reason },
  });
}

/** The deadline of the subgraph call under way, for the fetcher (one data source serves many calls at once). */
const deadline = new AsyncLocalStorage<AbortSignal>();

/**
 * A subgraph served over HTTP. Each call carries the caller's signed identity, the request id and
 * the W3C trace context (a child span of the gateway's), and has a deadline: a subgraph that does
 * not answer in time costs its own fields only, the rest of the answer arrives with an error
 * naming what is missing, and the next call tries again.
 */
export class RemoteSubgraph extends RemoteGraphQLDataSource<HubContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly timeouts: SubgraphTimeouts,
  ) {
    super({
      url,
      fetcher: (target, { body, ...init } = {}) => fetch(target, { ...init, body: typeof body === 'string' || body === undefined ? body : new Uint8Array(body), signal: deadline.getStore() ?? null }),
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<HubContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    if (context.identityHeader) headers.set(IDENTITY_HEADER, context.identityHeader);
    if (context.requestId) headers.set('x-request-id', context.requestId);
    if (context.trace) for (const [name, value] of Object.entries(traceHeaders(context.trace))) headers.set(name, value);
  }

  override async process(options: GraphQLDataSourceProcessOptions<HubContext>) {
    const isMutation = /^\s*mutation\b/.test(options.request.query ?? '');
    const signal = AbortSignal.timeout(isMutation ? this.timeouts.mutationMs : this.timeouts.queryMs);
    const end = metrics.subgraphCalls.startTimer({ service: this.name });
    try {
      const response = await deadline.run(signal, () => super.process(options));
      end({ outcome: 'ok' });
      return response;
    } catch (error) {
      const reason = signal.aborted ? 'timeout' : 'unreachable';
      end({ outcome: reason });
      log.warn({ part: 'gateway', service: this.name, requestId: options.context.requestId, reason, err: error }, 'a subgraph did not answer');
      throw unavailable(this.name, reason);
    }
  }
}
