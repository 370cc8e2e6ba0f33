import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * `column IN (…)` over a JSON array passed as the placeholder `list`: a statement using it is
 * prepared once for any number of values, where drizzle's `inArray` builds and prepares a new one
 * for every batch (a twentieth of a millisecond each time, on every request).
 */
export function inJsonList(column: SQLiteColumn): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${sql.placeholder('list')}))`;
}

/** The parameters of a statement made with `inJsonList` or `inJsonbList`. */
export function jsonList(values: readonly (string | number)[]): { list: string } {
  return { list: JSON.stringify(values) };
}

const inJsonb = (column: PgColumn, list: unknown): SQL =>
  column.dataType === 'number' ? sql`${column} IN (SELECT jsonb_array_elements_text(${list}::jsonb)::integer)` : sql`${column} IN (SELECT jsonb_array_elements_text(${list}::jsonb))`;

/**
 * `inJsonList` on PostgreSQL, for a statement prepared by name: parsed and planned once per
 * connection, where every distinct text is parsed and planned anew on each request.
 */
export function inJsonbList(column: PgColumn): SQL {
  return inJsonb(column, sql.placeholder('list'));
}

/** `column IN (…)` with the values as one jsonb parameter, however many (PostgreSQL takes at most 65,535 parameters). */
export function inJsonbValues(column: PgColumn, values: readonly (string | number)[]): SQL {
  return inJsonb(column, JSON.stringify(values));
}
