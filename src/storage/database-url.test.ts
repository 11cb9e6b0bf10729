import assert from "node:assert/strict";
import { test } from "node:test";
import { isPostgresUrl, parsePostgresUrl } from "./database-url.ts";

test("a postgres:// or postgresql:// URL names PostgreSQL, a path names a SQLite file", () => {
  assert.equal(isPostgresUrl("postgres://u@db/sitrep"), true);
  assert.equal(isPostgresUrl("POSTGRESQL://u@db/sitrep"), true);
  assert.equal(isPostgresUrl("data/sitrep.db"), false);
});

test("the schema parameter is Sitrep's own: taken out of the connection string, sitrep by default", () => {
  assert.deepEqual(parsePostgresUrl("postgres://u@db/x?schema=team_a&sslmode=require"), {
    connectionString: "postgres://u@db/x?sslmode=require",
    schema: "team_a",
  });
  assert.equal(parsePostgresUrl("postgres://u@db/x").schema, "sitrep");
});

test("a schema that is not a plain SQL name is refused, the URL named without its password", () => {
  assert.throws(
    () => parsePostgresUrl("postgres://u:secret@db/x?schema=a;drop"),
    (e: Error) => e.message.includes("postgres://u:***@db/x") && !e.message.includes("secret") && e.message.includes('"a;drop"'),
  );
});
