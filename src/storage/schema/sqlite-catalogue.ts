/**
 * What a SQLite store's schema is, read from its catalogue (sqlite_master and the table pragmas)
 * into plain data, so that two stores' schemas are compared with one deepEqual. The statements
 * SQLite keeps are compared with their spacing evened out: SQLite stores them as written.
 */

import type Database from "better-sqlite3";

/** One object of the schema: a table, index or trigger, its statement and, for a table, its columns and keys. */
export interface SqliteObject {
  type: string;
  name: string;
  table: string;
  sql: string | null;
  columns?: unknown[];
  foreignKeys?: unknown[];
  indexes?: unknown[];
}

/** Spacing evened out: runs of white space made one space, none inside parentheses or before a comma. */
export function evenSpacing(sql: string): string {
  return sql.replace(/\s+/g, " ").replace(/\(\s/g, "(").replace(/\s\)/g, ")").replace(/\s,/g, ",").trim();
}

/** The schema of `db`: its version and every object, by name (FTS5's own shadow tables included). */
export function readSqliteCatalogue(db: Database.Database): { version: number; objects: SqliteObject[] } {
  const rows = db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name").all() as Array<{
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }>;
  const objects = rows.map((row): SqliteObject => {
    const object: SqliteObject = {
      type: row.type,
      name: row.name,
      table: row.tbl_name,
      sql: row.sql === null ? null : evenSpacing(row.sql),
    };
    if (row.type !== "table") return object;
    return {
      ...object,
      columns: db.pragma(`table_xinfo("${row.name}")`) as unknown[],
      foreignKeys: db.pragma(`foreign_key_list("${row.name}")`) as unknown[],
      // Without `seq`, the order the indexes were made in, which is no part of the schema.
      indexes: (db.pragma(`index_list("${row.name}")`) as Array<{ name: string; seq?: number }>)
        .map(({ seq: _order, ...index }) => index)
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
  return { version: db.pragma("user_version", { simple: true }) as number, objects };
}
