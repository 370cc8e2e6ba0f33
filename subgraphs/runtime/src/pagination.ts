import { MAX_BULK_PAGE_SIZE } from '@campus/schema';
import { GraphQLError } from 'graphql';

const DEFAULT_PAGE_SIZE = 20;

export function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/**
 * Checks `first` against the page size limit, naming the argument when it is out of range. A
 * subgraph serves the hub's exports pages of up to MAX_BULK_PAGE_SIZE; the public API's smaller
 * limit is the gateway's to keep, as it is the only way in from outside.
 */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_BULK_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_BULK_PAGE_SIZE}, not ${first}`, 'first');
  }
  return first;
}

/** Cursors are opaque to clients: base64url of the sort key of the last row seen. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, length: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string' || typeof k === 'number')) return key;
  } catch {
    // falls through to the error below
  }
  throw badInput('"after" is not a cursor this API gave out', 'after');
}

/** A cursor whose sort key is all text (a name and an id, say). */
export function decodeTextCursor(cursor: string | null | undefined, length: number): string[] | null {
  const key = decodeCursor(cursor, length);
  if (key === null) return null;
  const text = key.filter((k): k is string => typeof k === 'string');
  if (text.length !== key.length) throw badInput('"after" is not a cursor this API gave out', 'after');
  return text;
}

/** The arguments of every paged list. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** A page of a list in the Relay connection shape the API uses everywhere. */
export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/**
 * The page from `rows`, read in the list's order from just after the cursor with one row more
 * than the page holds (so that the extra row tells whether another page follows); each cursor
 * is the row's sort key.
 */
export function connectionOf<T>(rows: readonly T[], first: number, sortKey: (row: T) => (string | number)[], options: { totalCount: number; after: boolean }): Connection<T> {
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  return {
    totalCount: options.totalCount,
    edges,
    pageInfo: { hasNextPage: rows.length > first, hasPreviousPage: options.after, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
