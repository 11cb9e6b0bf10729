import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { APP_MARKER, MIGRATIONS } from "./migrations.ts";
import { openDatabase } from "./open-database.ts";

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
