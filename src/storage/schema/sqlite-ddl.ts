/**
 * SQLite's DDL for the schema description: every logical type is one of SQLite's storage classes
 * (a boolean is 0 or 1, a serial key the rowid kept unique by AUTOINCREMENT), and an index's
 * carried columns are appended to its key.
 */

import { columnName, literal, type Ddl } from "./ddl.ts";
import { isIn, type Column, type Index, type IndexKey, type LogicalType } from "./schema-shape.ts";

const TYPES: Record<LogicalType, string> = {
  text: "TEXT",
  integer: "INTEGER",
  bigint: "INTEGER",
  real: "REAL",
  double: "REAL",
  boolean: "INTEGER",
  serial: "INTEGER",
};

function column(c: Column): string {
  const parts = [columnName(c.name), TYPES[c.type]];
  if (c.primaryKey) parts.push(c.type === "serial" ? "PRIMARY KEY AUTOINCREMENT" : "PRIMARY KEY");
  if (c.notNull) parts.push("NOT NULL");
  if (c.unique) parts.push("UNIQUE");
  if (c.default !== undefined) parts.push(`DEFAULT ${literal(c.default, (b) => (b ? "1" : "0"))}`);
  const ref = c.references;
  if (ref && isIn("sqlite", ref)) {
    parts.push(`REFERENCES ${ref.table}(${ref.column})${ref.deferred ? " DEFERRABLE INITIALLY DEFERRED" : ""}`);
  }
  return parts.join(" ");
}

const key = (k: IndexKey): string => (typeof k === "string" ? k : k.key);

export const SQLITE_DDL: Ddl = {
  createTable(table, columns) {
    const parts = columns.map(column);
    if (table.primaryKey) parts.push(`PRIMARY KEY (${table.primaryKey.join(", ")})`);
    return `CREATE TABLE ${table.name} (${parts.join(", ")});`;
  },
  addColumns: (table, columns) => columns.map((c) => `ALTER TABLE ${table.name} ADD COLUMN ${column(c)};`).join("\n"),
  createIndex(index: Index) {
    const keys = [...index.keys.map(key), ...(index.carries ?? [])];
    return `CREATE INDEX ${index.name} ON ${index.table}(${keys.join(", ")})${index.where ? ` WHERE ${index.where}` : ""};`;
  },
  dropIndex: (name) => `DROP INDEX ${name};`,
  dropTable: (name) => `DROP TABLE ${name};`,
};
