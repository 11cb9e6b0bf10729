/**
 * What a PostgreSQL store's schema is, read from the server's catalogue into plain data, so that
 * two stores' schemas are compared with one deepEqual. The schema's own name is replaced by
 * `<schema>` wherever the server writes it, so that stores in two schemas compare alike.
 */

import type pg from "pg";

type Queryable = Pick<pg.ClientBase, "query">;

/**
 * The schema `schema` holds: its version, columns, constraints, indexes and sequences. The
 * connection's search path is set to the system catalogue alone, so that the server names every
 * table of the schema in full, as the `<schema>`-named copies expect.
 */
export async function readPostgresCatalogue(db: Queryable, schema: string): Promise<Record<string, unknown>> {
  await db.query("SET search_path = pg_catalog");
  const rows = async (sql: string) =>
    (await db.query(sql, [schema])).rows.map((row) => JSON.parse(JSON.stringify(row).replaceAll(schema, "<schema>")));
  return {
    version: await rows(`SELECT value FROM "${schema}".meta WHERE key = 'schema_version' AND $1 <> ''`),
    columns: await rows(
      `SELECT table_name, ordinal_position, column_name, data_type, is_nullable, column_default, is_generated, generation_expression
       FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
    ),
    constraints: await rows(
      `SELECT c.conrelid::regclass::text AS table_name, c.conname, c.contype, c.condeferrable, c.condeferred, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 ORDER BY 1, 2`,
    ),
    indexes: await rows(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY tablename, indexname`),
    sequences: await rows(
      `SELECT sequence_name, data_type, start_value, increment FROM information_schema.sequences WHERE sequence_schema = $1 ORDER BY 1`,
    ),
  };
}
