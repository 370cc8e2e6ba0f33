import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLSchema } from 'graphql';
import { IDENTITY_HEADER, SERVICE_HEADER } from '@campus/schema';
import type { IdentityContext } from './identitySecret';
import { log } from './observability/logger';
import { traceOf, type TraceContext } from './observability/traceContext';
import { publicFormattedError } from './publicErrors';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** What a subgraph served over HTTP knows of a request: who calls, and which request and trace it belongs to. */
interface SubgraphContext extends IdentityContext {
  requestId: string | null;
  trace: TraceContext;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/** Serves one subgraph over HTTP on its own, for a gateway in another process or on another machine. */
export async function serveSubgraph(name: string, schema: GraphQLSchema, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const server = new ApolloServer<SubgraphContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // stopOnSignals owns SIGTERM; Apollo's own handler raced it, and the two stops never finished.
    stopOnTerminationSignals: false,
    // The gateway's calls carry a signed identity, not cookies; see the gateway's own server.
    csrfPrevention: false,
    formatError: (formatted, error) => publicFormattedError(formatted, error, { part: name }),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      {
        // One line a call, with the gateway's request id and trace, so that a request can be followed across parts.
        async requestDidStart({ contextValue }) {
          const started = performance.now();
          return {
            async willSendResponse({ response, operationName }) {
              const errors = response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
              log.info({ part: name, requestId: contextValue.requestId, traceId: contextValue.trace.traceId, spanId: contextValue.trace.spanId, operation: operationName, errors, ms: Math.round(performance.now() - started) }, 'subgraph call');
            },
          };
        },
      },
    ],
  });
  // The gateway's signed identity header reaches the resolvers, which check its signature themselves.
  const context = async ({ req }: { req: IncomingMessage }): Promise<SubgraphContext> => {
    const header = req.headers[IDENTITY_HEADER];
    const service = req.headers[SERVICE_HEADER];
    const requestId = req.headers['x-request-id'];
    return {
      ...(typeof header === 'string' ? { identityHeader: header } : {}),
      ...(typeof service === 'string' ? { serviceHeader: service } : {}),
      requestId: typeof requestId === 'string' && REQUEST_ID.test(requestId) ? requestId : null,
      trace: traceOf(req.headers.traceparent),
    };
  };
  const { url } = await startStandaloneServer(server, { listen: { port, host }, context });
  return { url, stop: () => server.stop() };
}
