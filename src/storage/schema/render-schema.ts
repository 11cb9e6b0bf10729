/**
 * Each dialect's DDL, rendered from the schema description: today's shape, which a new store is
 * created in at once, and the migrations, in that dialect's numbering, which bring a store an
 * earlier release created up to it.
 */

import type { Ddl } from "./ddl.ts";
import { HISTORY } from "./history.ts";
import { INDEXES } from "./indexes.ts";
import { POSTGRES_DDL } from "./postgres-ddl.ts";
import { columnOf, isIn, type Change, type Dialect } from "./schema-shape.ts";
import { SQLITE_DDL } from "./sqlite-ddl.ts";
import { SQLITE_VIRTUAL_TABLES } from "./sqlite-extras.ts";
import { TABLES } from "./tables.ts";

const DDL: Record<Dialect, Ddl> = { sqlite: SQLITE_DDL, postgres: POSTGRES_DDL };
/** What a dialect's stores have beside the tables and indexes described. */
const EXTRAS: Record<Dialect, readonly string[]> = { sqlite: SQLITE_VIRTUAL_TABLES, postgres: [] };

/** The statement `change` is in `dialect`, or null when that dialect does not make it. */
function renderChange(dialect: Dialect, change: Change): string | null {
  const ddl = DDL[dialect];
  switch (change.kind) {
    case "createTable": {
      if (!isIn(dialect, change.table)) return null;
      const named = change.columns?.map((name) => columnOf(change.table, name));
      return ddl.createTable(
        change.table,
        change.table.columns.filter((c) => isIn(dialect, c) && (!named || named.includes(c))),
      );
    }
    case "addColumns": {
      const columns = change.columns.map((name) => columnOf(change.table, name)).filter((c) => isIn(dialect, c));
      return columns.length > 0 ? ddl.addColumns(change.table, columns) : null;
    }
    case "createIndex":
      return isIn(dialect, change.index) ? ddl.createIndex(change.index) : null;
    case "dropIndex":
      return isIn(dialect, change) ? ddl.dropIndex(change.name) : null;
    case "dropTable":
      return isIn(dialect, change) ? ddl.dropTable(change.name) : null;
    case "sql":
      return change.sql[dialect] ?? null;
  }
}

/** The migrations of `dialect`, in order: migration v takes a store from version v to v + 1. */
export function renderMigrations(dialect: Dialect): string[] {
  const migrations: string[][] = [];
  for (const step of HISTORY) {
    const version = step.in[dialect];
    if (version === undefined) continue;
    if (version !== migrations.length && version !== migrations.length - 1) {
      throw new Error(`schema: ${dialect} migration ${version} follows migration ${migrations.length - 1}`);
    }
    const statements = step.changes.map((change) => renderChange(dialect, change)).filter((s): s is string => s !== null);
    (migrations[version] ??= []).push(...statements);
  }
  return migrations.map((statements) => statements.join("\n"));
}

/** Today's shape in `dialect`: every table, index and extra, for a store created now. */
export function renderSchema(dialect: Dialect): string {
  const ddl = DDL[dialect];
  return [
    ...TABLES.filter((table) => isIn(dialect, table)).map((table) =>
      ddl.createTable(
        table,
        table.columns.filter((c) => isIn(dialect, c)),
      ),
    ),
    ...INDEXES.filter((index) => isIn(dialect, index)).map((index) => ddl.createIndex(index)),
    ...EXTRAS[dialect],
  ].join("\n");
}
