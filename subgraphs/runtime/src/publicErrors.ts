import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { log } from './observability/logger';
import { StorageError, storageFailureOf } from './writeHealth';

/** How deep a driver's wrapping of the server's error is followed (drizzle wraps pg's in its own). */
const CAUSE_DEPTH = 4;

/** Why storage could not serve, from an error or the errors it wraps; null for any other error. */
export function storageFailureAlong(error: unknown): string | null {
  let current = error;
  for (let depth = 0; depth < CAUSE_DEPTH && current instanceof Error; depth += 1) {
    const reason = storageFailureOf(current);
    if (reason !== null) return reason;
    current = current.cause;
  }
  return null;
}

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
  // A read the database could not serve (its server away, say): the caller may try again shortly.
  const unavailable = storageFailureAlong(original);
  if (unavailable !== null) {
    log.warn({ ...where, path: error.path?.join('.'), reason: unavailable }, 'a read failed');
    return new GraphQLError(`this data is unavailable just now (${unavailable}); please try again shortly`, { nodes: error.nodes, path: error.path, extensions: { code: 'STORAGE_UNAVAILABLE', reason: unavailable } });
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
