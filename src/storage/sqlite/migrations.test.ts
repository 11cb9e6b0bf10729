import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { APP_MARKER, MIGRATIONS } from "./migrations.ts";
import { openDatabase } from "./open-database.ts";
import { createSqliteStore } from "./sqlite-store.ts";
import { OLD_REVIEWED_EVENT } from "../migration-fixtures.ts";
import { assertMigratedStoreKeepsFailures } from "../failed-article-conformance.ts";

test("a database of the second schema keeps its links, now hung on reports, and gains the new tables", () => {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-migrate-")), "old.db");
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!);
  old.prepare("INSERT INTO meta (key, value) VALUES ('app', ?)").run(APP_MARKER);
  old.exec(MIGRATIONS[1]!);
  old.pragma("user_version = 2");
  old.prepare("INSERT INTO articles (id, text, content_hash, ingested_at) VALUES ('a', 'text', 'h', '2025-01-01')").run();
  const insertEvent = old.prepare("INSERT INTO events (id, type, data, created_at, updated_at) VALUES (?, 'attack', '{}', 'x', 'x')");
  insertEvent.run("ev1");
  insertEvent.run("ev2");
  const report = { date: { value: { start: "2025-01-01", end: "2025-01-01" } }, location: { value: { country: "SY" } } };
  old.prepare("INSERT INTO reports (id, event_id, article_id, data) VALUES ('a#0', 'ev1', 'a', ?)").run(JSON.stringify(report));
  old.prepare("INSERT INTO reports (id, event_id, article_id, data) VALUES ('a#1', 'ev2', 'a', '{}')").run();
  old.prepare("INSERT INTO links VALUES ('ev2', 'ev1', 'retaliation_for', 'a', '{}')").run();
  old.close();

  const db = openDatabase(file);
  assert.equal(db.pragma("user_version", { simple: true }), MIGRATIONS.length);
  assert.deepEqual(db.prepare("SELECT from_report, to_report, relation FROM report_links").all(), [
    { from_report: "a#1", to_report: "a#0", relation: "retaliation_for" },
  ]);
  assert.deepEqual(db.prepare("SELECT date_start, country FROM reports WHERE id = 'a#0'").get(), {
    date_start: "2025-01-01",
    country: "SY",
  });
  for (const table of ["article_signatures", "article_copies", "report_references", "actor_relations"]) {
    assert.ok(db.prepare("SELECT name FROM sqlite_master WHERE name = ?").get(table), table);
  }
  db.close();
});

test("events stored before listings were paged in SQL gain their coordinates, and a bounding box finds them", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-migrate-")), "old.db");
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!);
  old.prepare("INSERT INTO meta (key, value) VALUES ('app', ?)").run(APP_MARKER);
  // The schema as it was just before the listing migration (later ones follow it on opening).
  const listing = MIGRATIONS.findIndex((m) => m.includes("CREATE INDEX events_page"));
  for (let v = 1; v < listing; v++) old.exec(MIGRATIONS[v]!);
  old.pragma(`user_version = ${listing}`);
  const insertEvent = old.prepare(
    "INSERT INTO events (id, type, date_start, data, created_at, updated_at) VALUES (?, 'attack', '2025-01-01', ?, 'x', 'x')",
  );
  insertEvent.run("ev_gao", JSON.stringify({ id: "ev_gao", date: "2025-01-01", location: { name: "Gao", lat: 16.27167, lon: -0.04472 } }));
  insertEvent.run("ev_nowhere", JSON.stringify({ id: "ev_nowhere", date: "2025-01-01", location: null }));
  old.close();

  const db = openDatabase(file);
  assert.deepEqual(db.prepare("SELECT id, lat, lon FROM events ORDER BY id").all(), [
    { id: "ev_gao", lat: 16.27167, lon: -0.04472 },
    { id: "ev_nowhere", lat: null, lon: null },
  ]);
  db.close();
  const store = createSqliteStore(file);
  assert.deepEqual(
    (await store.listEvents({ bbox: { minLon: -0.04472, minLat: 16, maxLon: 1, maxLat: 16.27167 } })).map((e) => e.id),
    ["ev_gao"],
  );
  await store.close();
});

test("events stored before the word index are found by a search", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-migrate-")), "old.db");
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!);
  old.prepare("INSERT INTO meta (key, value) VALUES ('app', ?)").run(APP_MARKER);
  const searchIndex = MIGRATIONS.findIndex((m) => m.includes("events_fts"));
  for (let v = 1; v < searchIndex; v++) old.exec(MIGRATIONS[v]!);
  old.pragma(`user_version = ${searchIndex}`);
  const insertEvent = old.prepare(
    "INSERT INTO events (id, type, date_start, date_end, data, created_at, updated_at) VALUES (?, 'attack', ?, ?, ?, 'x', 'x')",
  );
  const event = (id: string, date: string | null, place: string, sentence: string) => ({
    id,
    date,
    location: { name: place },
    actor1: null,
    actor2: null,
    sources: [{ article: "a", evidence: [{ text: sentence }, { text: sentence }] }],
  });
  const stored = [
    event("ev_market", "2025-01-02", "Gao", "A car bomb went off at the cattle market."),
    event("ev_convoy", "2025-01-01", "Kidal", "Gunmen ambushed a supply convoy."),
    event("ev_undated", null, "Menaka", "A mortar round hit the market square."),
  ];
  for (const e of stored) insertEvent.run(e.id, e.date, e.date, JSON.stringify(e));
  old.close();

  const store = createSqliteStore(file);
  const ids = async (mentions: string) => (await store.listEvents({ mentions })).map((e) => e.id);
  assert.deepEqual(await ids("market"), ["ev_undated", "ev_market"]);
  assert.deepEqual(await ids("supply con"), ["ev_convoy"]);
  assert.deepEqual(await ids("Menaka"), ["ev_undated"]);
  await store.close();
});

test("events stored before the analysts' filters gain their columns and are found by those filters", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-migrate-")), "old.db");
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!);
  old.prepare("INSERT INTO meta (key, value) VALUES ('app', ?)").run(APP_MARKER);
  const filters = MIGRATIONS.findIndex((m) => m.includes("ADD COLUMN admin1_key"));
  for (let v = 1; v < filters; v++) old.exec(MIGRATIONS[v]!);
  old.pragma(`user_version = ${filters}`);
  const insertEvent = old.prepare(
    "INSERT INTO events (id, type, date_start, date_end, country, data, created_at, updated_at) VALUES (?, 'attack', ?, ?, 'NG', ?, 'x', 'x')",
  );
  insertEvent.run("ev_borno", "2025-01-01", "2025-01-01", JSON.stringify(OLD_REVIEWED_EVENT));
  insertEvent.run("ev_bare", "2025-01-02", "2025-01-02", JSON.stringify({ id: "ev_bare", date: "2025-01-02" }));
  old.close();

  const store = createSqliteStore(file);
  const ids = async (filter: Parameters<typeof store.listEvents>[0]) => (await store.listEvents(filter)).map((e) => e.id);
  assert.deepEqual(await ids({ admin1: ["borno"], minFatalities: 7, minSources: 2, actorKinds: ["civilians"], reviewed: true }), [
    "ev_borno",
  ]);
  assert.deepEqual(await ids({ reviewed: false }), ["ev_bare"]);
  assert.deepEqual(await ids({ minFatalities: 0 }), ["ev_borno", "ev_bare"]);
  await store.close();
});

test("a store from before failed articles were kept keeps its articles and can keep failed ones", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-migrate-")), "old.db");
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!);
  old.prepare("INSERT INTO meta (key, value) VALUES ('app', ?)").run(APP_MARKER);
  const failedTable = MIGRATIONS.findIndex((m) => m.includes("CREATE TABLE failed_articles"));
  for (let v = 1; v < failedTable; v++) old.exec(MIGRATIONS[v]!);
  old.pragma(`user_version = ${failedTable}`);
  old.prepare("INSERT INTO articles (id, text, content_hash, ingested_at) VALUES ('a', 'A convoy was ambushed.', 'h', '2025-01-01')").run();
  old.close();

  const store = createSqliteStore(file);
  await assertMigratedStoreKeepsFailures(store);
  await store.close();
});
