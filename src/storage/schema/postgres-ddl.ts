/**
 * PostgreSQL's DDL for the schema description: its own type for each logical type (a serial key
 * is a BIGSERIAL), expressions in an index key in parentheses, keys ordered by their bytes under
 * the "C" collation (as SQLite orders text), and an index's carried columns left out.
 */

import { columnName, literal, type Ddl } from "./ddl.ts";
import { isIn, type Column, type IndexKey, type LogicalType } from "./schema-shape.ts";

const TYPES: Record<LogicalType, string> = {
  text: "TEXT",
  integer: "INTEGER",
  bigint: "BIGINT",
  real: "REAL",
  double: "DOUBLE PRECISION",
  boolean: "BOOLEAN",
  serial: "BIGSERIAL",
};

function column(c: Column): string {
  if (c.definition) return `${columnName(c.name)} ${c.definition}`;
  const parts = [columnName(c.name), TYPES[c.type]];
  if (c.primaryKey) parts.push("PRIMARY KEY");
  if (c.notNull) parts.push("NOT NULL");
  if (c.unique) parts.push("UNIQUE");
  if (c.default !== undefined) parts.push(`DEFAULT ${literal(c.default, String)}`);
  const ref = c.references;
  if (ref && isIn("postgres", ref)) {
    parts.push(`REFERENCES ${ref.table}(${ref.column})${ref.deferred ? " DEFERRABLE INITIALLY DEFERRED" : ""}`);
  }
  return parts.join(" ");
}

function key(k: IndexKey): string {
  const text = typeof k === "string" ? k : k.key;
  const sql = text.includes("(") ? `(${text})` : text;
  return typeof k === "string" ? sql : `${sql} COLLATE "C"`;
}

export const POSTGRES_DDL: Ddl = {
  createTable(table, columns) {
    const parts = columns.map(column);
    if (table.primaryKey) parts.push(`PRIMARY KEY (${table.primaryKey.join(", ")})`);
    return `CREATE TABLE ${table.name} (${parts.join(", ")});`;
  },
  addColumns: (table, columns) => `ALTER TABLE ${table.name} ${columns.map((c) => `ADD COLUMN ${column(c)}`).join(", ")};`,
  createIndex(index) {
    const using = index.using ? ` USING ${index.using}` : "";
    return `CREATE INDEX ${index.name} ON ${index.table}${using} (${index.keys.map(key).join(", ")})${index.where ? ` WHERE ${index.where}` : ""};`;
  },
  dropIndex: (name) => `DROP INDEX ${name};`,
  dropTable: (name) => `DROP TABLE ${name};`,
};
