import { ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLSchema } from 'graphql';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves one subgraph over HTTP on its own, for a gateway in another process or on another machine. */
export async function serveSubgraph<TContext extends BaseContext>(
  schema: GraphQLSchema,
  context: ContextFunction<[unknown], TContext>,
  port: number,
  host = '127.0.0.1',
): Promise<RunningServer> {
  const server = new ApolloServer<TContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url } = await startStandaloneServer(server, { listen: { port, host }, context: context as never });
  return { url, stop: () => server.stop() };
}
