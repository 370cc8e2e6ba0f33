/** The codes of errors in a request that was read but could not run: parsing, validation, variables. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

interface ErrorBody {
  data?: unknown;
  errors?: { extensions?: { code?: unknown; limit?: unknown } }[];
}

/**
 * The HTTP status of a GraphQL answer as the GraphQL-over-HTTP spec asks for it. Apollo Server
 * answers a request that failed parsing, validation or its variables with 400; for a client that
 * accepts the legacy `application/json` the spec says 200 (its errors are in the body), while for
 * `application/graphql-response+json` 400 stays right. A query refused by a limit (too deep, too
 * costly, too many tokens or aliases) is the server refusing the request, and keeps its 4xx.
 */
export function graphqlResponseStatus(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || !contentType?.startsWith('application/json')) return status;
  let parsed: ErrorBody;
  try {
    parsed = JSON.parse(body) as ErrorBody;
  } catch {
    return status;
  }
  const errors = parsed.errors ?? [];
  const requestErrors = errors.length > 0 && !('data' in parsed) && errors.every((e) => REQUEST_ERROR_CODES.has(String(e.extensions?.code)) && e.extensions?.limit === undefined);
  return requestErrors ? 200 : status;
}
