/**
 * The words the schema description is written in: tables, columns of a logical type, indexes, and
 * the changes that took older stores to today's shape. Each dialect renders them into its own DDL
 * (sqlite-ddl.ts, postgres-ddl.ts); what only one dialect has is marked `only`.
 */

/** The two stores' SQL. */
export type Dialect = "sqlite" | "postgres";

/**
 * What a column holds, whichever store keeps it. `real` is a single-precision number in
 * PostgreSQL and `double` a double-precision one (SQLite has one REAL for both); `bigint` a
 * counter that may outgrow 32 bits; `serial` a key numbered by the store as rows are added, never
 * reused.
 */
export type LogicalType = "text" | "integer" | "bigint" | "real" | "double" | "boolean" | "serial";

/** A column another table's key must hold. */
export interface ForeignKey {
  table: string;
  column: string;
  /** Checked at commit rather than at each statement. */
  deferred?: boolean;
  /** A key only this dialect's stores check. */
  only?: Dialect;
}

export interface Column {
  name: string;
  type: LogicalType;
  notNull?: boolean;
  default?: string | number | boolean;
  primaryKey?: boolean;
  unique?: boolean;
  references?: ForeignKey;
  /** A column only this dialect's stores have. */
  only?: Dialect;
  /** The column's whole definition after its name, in its one dialect, for what the logical types do not say (a tsvector). */
  definition?: string;
}

export interface Table {
  name: string;
  columns: readonly Column[];
  /** A key of several columns. */
  primaryKey?: readonly string[];
  /** A table only this dialect's stores have. */
  only?: Dialect;
}

/** A column or an SQL expression an index is keyed by; `bytewise` orders text by its bytes in PostgreSQL too (SQLite always does). */
export type IndexKey = string | { key: string; bytewise: true };

export interface Index {
  name: string;
  table: string;
  keys: readonly IndexKey[];
  /**
   * Columns SQLite appends to the key so that a filter is tested on the index entry rather than on
   * the row with its JSON; PostgreSQL's index leaves them out (it reads them from the row).
   */
  carries?: readonly string[];
  /** The rows indexed (a partial index), as an SQL condition both dialects read alike. */
  where?: string;
  /** PostgreSQL's index method when it is not a b-tree (gin, over a tsvector). */
  using?: "gin";
  only?: Dialect;
}

/** One change of a migration; `only` when a single dialect makes it. */
export type Change =
  | { kind: "createTable"; table: Table; columns?: readonly string[] }
  | { kind: "addColumns"; table: Table; columns: readonly string[] }
  | { kind: "createIndex"; index: Index }
  | { kind: "dropIndex"; name: string; only?: Dialect }
  | { kind: "dropTable"; name: string; only?: Dialect }
  | { kind: "sql"; sql: Partial<Record<Dialect, string>> };

/**
 * A change to the schema, as released: the migration it belongs to in each dialect's numbering
 * (SQLite's `user_version`, PostgreSQL's `meta.schema_version`, counted from 0), absent where
 * that dialect never made it. PostgreSQL's stores began later, with one migration holding what
 * SQLite had taken several to reach.
 */
export interface Step {
  in: Partial<Record<Dialect, number>>;
  changes: readonly Change[];
}

/** A table created, with only the columns it had then when `columns` is given. */
export const createTable = (table: Table, columns?: readonly string[]): Change => ({
  kind: "createTable",
  table,
  ...(columns ? { columns } : {}),
});
export const addColumns = (table: Table, ...columns: string[]): Change => ({ kind: "addColumns", table, columns });
export const createIndex = (...indexes: Index[]): Change[] => indexes.map((index) => ({ kind: "createIndex", index }));
export const dropIndex = (name: string, only?: Dialect): Change => ({ kind: "dropIndex", name, ...(only ? { only } : {}) });
export const dropTable = (name: string, only?: Dialect): Change => ({ kind: "dropTable", name, ...(only ? { only } : {}) });
export const sql = (sql: Partial<Record<Dialect, string>>): Change => ({ kind: "sql", sql });
/** Ordered by its bytes in both dialects. */
export const bytewise = (key: string): IndexKey => ({ key, bytewise: true });

/** The column of `table` named `name`; a misspelt name fails when the module loads, not in a store. */
export function columnOf(table: Table, name: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (!column) throw new Error(`schema: table ${table.name} has no column ${name}`);
  return column;
}

/** Whether `dialect` has what is marked `only` (or unmarked). */
export const isIn = (dialect: Dialect, thing: { only?: Dialect | undefined }): boolean =>
  thing.only === undefined || thing.only === dialect;
