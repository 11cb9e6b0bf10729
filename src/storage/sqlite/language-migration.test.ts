import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { APP_MARKER, MIGRATIONS } from "./migrations.ts";
import { createSqliteStore } from "./sqlite-store.ts";

test("a database from before languages were detected keeps its articles, their language unknown", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-migrate-")), "old.db");
  const languageMigration = MIGRATIONS.findIndex((m) => m.includes("ADD COLUMN language"));
  assert.ok(languageMigration > 0);
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!);
  old.prepare("INSERT INTO meta (key, value) VALUES ('app', ?)").run(APP_MARKER);
  for (let v = 1; v < languageMigration; v++) old.exec(MIGRATIONS[v]!);
  old.pragma(`user_version = ${languageMigration}`);
  old.prepare("INSERT INTO articles (id, text, content_hash, ingested_at) VALUES ('a', 'text', 'h', 'x')").run();
  old.close();

  const store = createSqliteStore(file);
  try {
    const article = await store.getArticle("a");
    assert.equal(article?.text, "text");
    assert.equal(article?.language, null);
  } finally {
    await store.close();
  }
});
