/**
 * A store has the same schema whichever way it came to today's shape: created now, or created by
 * the first release and migrated since. Both are compared with the schema a new store had before
 * the schema was described once for both dialects (fresh-store-schema.*.json, read from the live
 * catalogues then), so that rendering the description changed no table, column, key or index.
 * A step added since (failed articles) is in them too: they were read again, with the catalogue
 * readers, from a first-release store migrated to today, and differ only by what the step adds.
 */

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import pg from "pg";
import { PG_MIGRATIONS } from "../postgres/migrations.ts";
import { openDatabase as openPostgres } from "../postgres/open-database.ts";
import { APP_MARKER, MIGRATIONS } from "../sqlite/migrations.ts";
import { openDatabase as openSqlite } from "../sqlite/open-database.ts";
import { readPostgresCatalogue } from "./postgres-catalogue.ts";
import { readSqliteCatalogue } from "./sqlite-catalogue.ts";

/** The server the tests use: $SITREP_TEST_PG, or the local one (trust auth, database "test"). */
const SERVER = process.env["SITREP_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";

const expected = (dialect: string): unknown =>
  JSON.parse(readFileSync(new URL(`fresh-store-schema.${dialect}.json`, import.meta.url), "utf8"));

test("a new SQLite store has the schema new stores had", () => {
  const db = openSqlite(":memory:");
  try {
    assert.deepEqual(readSqliteCatalogue(db), expected("sqlite"));
  } finally {
    db.close();
  }
});

test("a SQLite store the first release created has, once migrated, the schema new stores had", () => {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-schema-")), "first.db");
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!);
  old.prepare("INSERT INTO meta (key, value) VALUES ('app', ?)").run(APP_MARKER);
  old.pragma("user_version = 1");
  old.close();
  const db = openSqlite(file);
  try {
    assert.deepEqual(readSqliteCatalogue(db), expected("sqlite"));
  } finally {
    db.close();
  }
});

/** The catalogue of a PostgreSQL store in a new schema, after `prepare` ran in it; the schema is dropped after. */
async function postgresCatalogue(prepare: (client: pg.Client) => Promise<void>): Promise<unknown> {
  const schema = `sitrep_test_schema_${process.pid}_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  const store = openPostgres(`${SERVER}?schema=${schema}`);
  try {
    await client.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}`);
    await prepare(client);
    await store.read(async () => null);
    return await readPostgresCatalogue(client, schema);
  } finally {
    await store.pool.end();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
}

test("a new PostgreSQL store has the schema new stores had", async () => {
  assert.deepEqual(await postgresCatalogue(async () => undefined), expected("postgres"));
});

test("a PostgreSQL store the first release created has, once migrated, the schema new stores had", async () => {
  const catalogue = await postgresCatalogue(async (client) => {
    await client.query("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    await client.query("INSERT INTO meta (key, value) VALUES ('app', 'sitrep'), ('schema_version', '1')");
    await client.query(PG_MIGRATIONS[0]!);
  });
  assert.deepEqual(catalogue, expected("postgres"));
});
