/** What each dialect's DDL renderer writes (sqlite-ddl.ts, postgres-ddl.ts), given only what that dialect has. */

import type { Column, Index, Table } from "./schema-shape.ts";

export interface Ddl {
  createTable(table: Table, columns: readonly Column[]): string;
  addColumns(table: Table, columns: readonly Column[]): string;
  createIndex(index: Index): string;
  dropIndex(name: string): string;
  dropTable(name: string): string;
}

/** A column's name as SQL reads it: quoted when it is a keyword. */
export const columnName = (name: string): string => (name === "end" ? `"${name}"` : name);

/** A default value as an SQL literal; booleans as `dialectBoolean` writes them. */
export function literal(value: string | number | boolean, dialectBoolean: (b: boolean) => string): string {
  if (typeof value === "boolean") return dialectBoolean(value);
  if (typeof value === "number") return String(value);
  return `'${value.replaceAll("'", "''")}'`;
}
