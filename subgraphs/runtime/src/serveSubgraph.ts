import type { IncomingMessage } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLSchema } from 'graphql';
import { IDENTITY_HEADER } from '@campus/schema';
import type { IdentityContext } from './identitySecret';

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** Serves one subgraph over HTTP on its own, for a gateway in another process or on another machine. */
export async function serveSubgraph(schema: GraphQLSchema, port: number, host = '127.0.0.1'): Promise<RunningServer> {
  const server = new ApolloServer<IdentityContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  // The gateway's signed identity header reaches the resolvers, which check its signature themselves.
  const context = async ({ req }: { req: IncomingMessage }): Promise<IdentityContext> => {
    const header = req.headers[IDENTITY_HEADER];
    return typeof header === 'string' ? { identityHeader: header } : {};
  };
  const { url } = await startStandaloneServer(server, { listen: { port, host }, context });
  return { url, stop: () => server.stop() };
}
