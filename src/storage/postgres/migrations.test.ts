import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { test } from "node:test";
import pg from "pg";
import { PG_MIGRATIONS } from "./migrations.ts";
import { createPostgresStore } from "./postgres-store.ts";
import { OLD_REVIEWED_EVENT } from "../migration-fixtures.ts";
import { assertMigratedStoreKeepsFailures } from "../failed-article-conformance.ts";

/** The server the tests use: $SITREP_TEST_PG, or the local one (trust auth, database "test"). */
const SERVER = process.env["SITREP_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * Builds, in a new schema of `client`'s database, the schema as the release before the first
 * migration containing `marker` left it (later migrations follow when a store opens it).
 */
async function schemaBefore(client: pg.Client, schema: string, marker: string): Promise<void> {
  await client.query(`CREATE SCHEMA ${schema}; SET search_path = ${schema}`);
  await client.query("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
  const version = PG_MIGRATIONS.findIndex((m) => m.includes(marker));
  assert.ok(version > 0, `a migration contains ${marker}`);
  await client.query("INSERT INTO meta (key, value) VALUES ('app', 'sitrep'), ('schema_version', $1)", [String(version)]);
  for (const migration of PG_MIGRATIONS.slice(0, version)) await client.query(migration);
}

test("events stored before listings were paged in SQL gain their coordinates, and a bounding box finds them", async () => {
  const schema = `sitrep_test_migrate_${process.pid}_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    // A schema as the release before this migration left it, holding one located event and one not.
    await schemaBefore(client, schema, "CREATE INDEX events_page");
    const insertEvent =
      "INSERT INTO events (id, type, date_start, data, created_at, updated_at) VALUES ($1, 'attack', '2025-01-01', $2, 'x', 'x')";
    await client.query(insertEvent, [
      "ev_gao",
      JSON.stringify({ id: "ev_gao", date: "2025-01-01", location: { name: "Gao", lat: 16.27167, lon: -0.04472 } }),
    ]);
    await client.query(insertEvent, ["ev_nowhere", JSON.stringify({ id: "ev_nowhere", date: "2025-01-01", location: null })]);

    const store = createPostgresStore(`${SERVER}?schema=${schema}`);
    try {
      assert.deepEqual(
        (await store.listEvents({ bbox: { minLon: -0.04472, minLat: 16, maxLon: 1, maxLat: 16.27167 } })).map((e) => e.id),
        ["ev_gao"],
      );
    } finally {
      await store.close();
    }
    const { rows } = await client.query("SELECT id, lat, lon FROM events ORDER BY id");
    assert.deepEqual(rows, [
      { id: "ev_gao", lat: 16.27167, lon: -0.04472 },
      { id: "ev_nowhere", lat: null, lon: null },
    ]);
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
});

test("told not to create, a store in a schema that holds no Sitrep database refuses to open and creates nothing", async () => {
  const schema = `sitrep_test_absent_${process.pid}_${randomBytes(4).toString("hex")}`;
  const store = createPostgresStore(`${SERVER}?schema=${schema}`, { create: false });
  try {
    await assert.rejects(store.listEvents(), /no Sitrep database there/);
  } finally {
    await store.close();
  }
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT 1 FROM information_schema.schemata WHERE schema_name = $1", [schema]);
    assert.equal(rows.length, 0);
  } finally {
    await client.end();
  }
});

test("articles stored before languages were detected keep their text, their language unknown", async () => {
  const schema = `sitrep_test_language_${process.pid}_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await schemaBefore(client, schema, "ADD COLUMN language");
    await client.query("INSERT INTO articles (id, text, content_hash, ingested_at) VALUES ('a', 'text', 'h', 'x')");

    const store = createPostgresStore(`${SERVER}?schema=${schema}`);
    try {
      const article = await store.getArticle("a");
      assert.equal(article?.text, "text");
      assert.equal(article?.language, null);
    } finally {
      await store.close();
    }
  } finally {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
});

test("events stored before the analysts' filters gain their columns and are found by those filters", async () => {
  const schema = `sitrep_test_migrate_${process.pid}_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await schemaBefore(client, schema, "ADD COLUMN fatalities");
    const insertEvent =
      "INSERT INTO events (id, type, date_start, date_end, country, data, created_at, updated_at) VALUES ($1, 'attack', $2, $2, 'NG', $3, 'x', 'x')";
    await client.query(insertEvent, ["ev_borno", "2025-01-01", JSON.stringify(OLD_REVIEWED_EVENT)]);
    await client.query(insertEvent, ["ev_bare", "2025-01-02", JSON.stringify({ id: "ev_bare", date: "2025-01-02" })]);

    const store = createPostgresStore(`${SERVER}?schema=${schema}`);
    try {
      const ids = async (filter: Parameters<typeof store.listEvents>[0]) => (await store.listEvents(filter)).map((e) => e.id);
      assert.deepEqual(await ids({ admin1: ["borno"], minFatalities: 7, minSources: 2, actorKinds: ["civilians"], reviewed: true }), [
        "ev_borno",
      ]);
      assert.deepEqual(await ids({ reviewed: false }), ["ev_bare"]);
      assert.deepEqual(await ids({ minFatalities: 0 }), ["ev_borno", "ev_bare"]);
    } finally {
      await store.close();
    }
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
});

test("a store from before failed articles were kept keeps its articles and can keep failed ones", async () => {
  const schema = `sitrep_test_migrate_${process.pid}_${randomBytes(4).toString("hex")}`;
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  try {
    await schemaBefore(client, schema, "CREATE TABLE failed_articles");
    await client.query(
      "INSERT INTO articles (id, text, content_hash, ingested_at) VALUES ('a', 'A convoy was ambushed.', 'h', '2025-01-01')",
    );
    const store = createPostgresStore(`${SERVER}?schema=${schema}`);
    try {
      await assertMigratedStoreKeepsFailures(store);
    } finally {
      await store.close();
    }
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  }
});
