/**
 * Every `extensions.code` the public API answers with, and what it means: the list docs/api.md
 * documents and the tests hold the hub to. Codes are stable; a new one is an addition, a changed
 * one a breaking change for CHANGELOG.md.
 */
export const ERROR_CODES = {
  BAD_REQUEST: 'The HTTP request is not a GraphQL request: a body that is not JSON, one that cannot be read, or a malformed persisted-operation hash.',
  PAYLOAD_TOO_LARGE: 'The request body is larger than the limit (HTTP 413).',
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The query asks for a field, argument or type the schema does not have.',
  OPERATION_RESOLUTION_FAILURE: 'The operationName names no operation of the document, or the document has several and none is named.',
  BAD_USER_INPUT: 'An argument or variable is out of range or malformed; `argument` names it (`first`, `after`, `filter.near.radiusKm`).',
  QUERY_TOO_COMPLEX: 'The query is over a limit; `limit` names it (`depth`, `cost`, `aliases`, `directives`, `tokens`).',
  PERSISTED_QUERY_NOT_FOUND: 'A persisted operation was sent by a hash the hub does not know; send the query itself with the hash.',
  OPERATION_NOT_REGISTERED: 'The hub runs only its registered operations for callers without a key (HUB_REGISTERED_OPERATIONS_ONLY); send a registered hash or a key.',
  UNAUTHENTICATED: 'The Authorization header is not "Bearer <key>", or the key is unknown or revoked (HTTP 401).',
  FORBIDDEN: 'The key is valid but its role may not do this (a partner reading the audit log, say).',
  RATE_LIMITED: 'Too many requests from this key or address; `retryAfterSeconds` says when to try again (HTTP 429, Retry-After).',
  SERVICE_UNAVAILABLE: 'A part of the hub did not answer in time; the data it owns is null, the rest is there; `service` names the part.',
  STORAGE_UNAVAILABLE: 'A write was refused by the storage (a full or read-only disk); nothing was changed.',
  INTERNAL_SERVER_ERROR: 'Something failed inside the hub; `requestId` finds it in the hub\'s log.',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;
