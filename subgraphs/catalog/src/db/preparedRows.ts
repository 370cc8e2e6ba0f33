import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type Database from 'better-sqlite3';

/**
 * Inserts and updates of whole rows through statements prepared once per set of columns. An ingest
 * writes a thousand rows at a time; drizzle's query builder built and prepared a new statement for
 * each, which took two thirds of the ingest's time. The tables' drizzle definitions stay the one
 * description of the columns: names and conversions (JSON, booleans) come from them.
 */
export class PreparedRows {
  readonly #statements = new Map<string, Database.Statement>();

  constructor(private readonly sqlite: Database.Database) {}

  insert<T extends SQLiteTable>(table: T, row: Partial<T['$inferInsert']>): void {
    const { names, values } = this.#columns(table, row);
    this.#statement(`INSERT INTO "${getTableName(table)}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...values);
  }

  /** Updates the row whose `key` column has the row's value for it, with every other value given. */
  update<T extends SQLiteTable>(table: T, row: Partial<T['$inferInsert']>, key: keyof T['$inferInsert'] & string): void {
    const { names, values } = this.#columns(table, row);
    const at = Object.keys(row).indexOf(key);
    const keyName = names[at]!;
    const set = names.filter((_, i) => i !== at);
    this.#statement(`UPDATE "${getTableName(table)}" SET ${set.map((n) => `"${n}" = ?`).join(', ')} WHERE "${keyName}" = ?`).run(...values.filter((_, i) => i !== at), values[at]);
  }

  /** Any other statement of the ingest, prepared once. */
  statement(source: string): Database.Statement {
    return this.#statement(source);
  }

  #statement(source: string): Database.Statement {
    let statement = this.#statements.get(source);
    if (!statement) {
      statement = this.sqlite.prepare(source);
      this.#statements.set(source, statement);
    }
    return statement;
  }

  #columns<T extends SQLiteTable>(table: T, row: Partial<T['$inferInsert']>): { names: string[]; values: unknown[] } {
    const columns: Record<string, SQLiteColumn> = getTableColumns(table);
    const names: string[] = [];
    const values: unknown[] = [];
    for (const [key, value] of Object.entries(row)) {
      const column = columns[key];
      if (!column) throw new Error(`${getTableName(table)} has no column ${key}`);
      names.push(column.name);
      values.push(value === null || value === undefined ? null : column.mapToDriverValue(value));
    }
    return { names, values };
  }
}
