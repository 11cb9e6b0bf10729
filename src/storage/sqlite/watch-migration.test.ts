import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { APP_MARKER, MIGRATIONS } from "./migrations.ts";
import { createSqliteStore } from "./sqlite-store.ts";

test("a database from before feeds keeps its articles, found by address, and gains watchlists", async () => {
  const file = join(mkdtempSync(join(tmpdir(), "sitrep-migrate-")), "old.db");
  const watchMigration = MIGRATIONS.findIndex((m) => m.includes("CREATE TABLE watchlists"));
  const old = new Database(file);
  old.exec(MIGRATIONS[0]!);
  old.prepare("INSERT INTO meta (key, value) VALUES ('app', ?)").run(APP_MARKER);
  for (let v = 1; v < watchMigration; v++) old.exec(MIGRATIONS[v]!);
  old.pragma(`user_version = ${watchMigration}`);
  old
    .prepare("INSERT INTO articles (id, url, text, content_hash, ingested_at) VALUES ('a', 'https://courier.example/a', 'text', 'h', 'x')")
    .run();
  old.close();

  const store = createSqliteStore(file);
  try {
    assert.equal(await store.hasArticleUrl("https://courier.example/a"), true);
    assert.equal((await store.getArticle("a"))?.text, "text");
    assert.deepEqual(await store.listWatchlists(), []);
  } finally {
    await store.close();
  }
});
