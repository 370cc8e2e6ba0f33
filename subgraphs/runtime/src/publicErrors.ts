import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { log } from './observability/logger';
import { StorageError } from './writeHealth';

/** What every caller sees of an error nobody meant to show: the details go to the log. */
export const INTERNAL_ERROR = 'internal error';

/**
 * An error as a caller may see it. The hub's own errors (a GraphQLError with a code) and the
 * errors of reading the query (syntax, validation) stay as they are; a write the storage refused
 * says so in plain words (STORAGE_UNAVAILABLE); anything else, a library's or a bug's message such
 * as "Cannot read properties of undefined", becomes "internal error" and is logged with `where`.
 */
export function publicError(error: GraphQLError, where: Record<string, unknown> = {}): GraphQLError {
  const original = error.originalError;
  if (original === undefined || (original instanceof GraphQLError && typeof original.extensions['code'] === 'string')) return error;
  if (original instanceof StorageError) {
    return new GraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: { code: 'STORAGE_UNAVAILABLE', reason: original.reason } });
  }
  log.error({ ...where, path: error.path?.join('.'), err: original }, 'a resolver failed');
  return new GraphQLError(INTERNAL_ERROR, { nodes: error.nodes, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

/** The same rule for Apollo Server's `formatError`, which sees an error already formatted. */
export function publicFormattedError(formatted: GraphQLFormattedError, error: unknown, where: Record<string, unknown> = {}): GraphQLFormattedError {
  if (!(error instanceof GraphQLError)) {
    log.error({ ...where, err: error }, 'a request failed');
    return { message: INTERNAL_ERROR, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  const safe = publicError(error, where);
  if (safe === error) return formatted;
  return { ...formatted, message: safe.message, extensions: { ...safe.extensions } };
}
