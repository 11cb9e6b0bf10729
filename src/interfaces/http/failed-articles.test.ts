/**
 * A posted article whose reading runs out of its time (or fails) is kept as failed: the answer
 * names it and the reason, `GET /api/articles?status=failed` lists it, it tells no event, and
 * sending it again reads it again.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import { ReadingTimeoutError, type ReadingPool } from "../../ingest/reading-pool.ts";
import { READING_TASKS } from "../../ingest/reading-tasks.ts";
import { emptyFixture, getJson, post } from "./api-fixture.ts";

const REPORT = {
  id: "kano-post",
  published: "2025-03-03",
  text: "Gunmen attacked a police post near Kano on Monday, killing two officers, the police said.",
};

/**
 * Reads in this thread, as the workers would, but `extract` runs out of its time while `slow` is
 * true: the budget's outcome without an input built to be slow.
 */
function switchablePool(): ReadingPool & { slow: boolean } {
  return {
    slow: true,
    async run(task, arg) {
      if (task === "extract" && this.slow) throw new ReadingTimeoutError("not read within 0.001 s, the time allowed to read an article");
      return (READING_TASKS[task] as (a: unknown) => never)(arg);
    },
    async close() {},
  };
}

interface FailedListing {
  articles: Array<{ id: string; status: string; reason: string; source: string; size: number; attempts: number }>;
}

test("an article out of its time is stored as failed, listed with its reason, tells no event, and is read when sent again", async () => {
  const pool = switchablePool();
  const f = emptyFixture({ readingPool: pool });
  try {
    for (const attempt of [1, 2]) {
      const res = await post(f.app, "/api/articles", REPORT);
      assert.equal(res.status, 422);
      const body = (await res.json()) as Record<string, unknown>;
      assert.deepEqual(
        { ...body, error: String(body["error"]).startsWith("text: not read within 0.001 s") },
        { error: true, article: "kano-post", status: "failed", reason: "not read within 0.001 s, the time allowed to read an article" },
      );
      const listed = await getJson<FailedListing>(f.app, "/api/articles?status=failed");
      assert.equal(listed.status, 200);
      assert.deepEqual(
        listed.body.articles.map((a) => [a.id, a.status, a.source, a.size, a.attempts]),
        [["kano-post", "failed", "api", REPORT.text.length, attempt]],
      );
    }
    assert.equal((await getJson(f.app, "/api/articles/kano-post")).status, 404);
    assert.deepEqual((await getJson<{ events: unknown[] }>(f.app, "/api/events")).body.events, []);

    pool.slow = false;
    const res = await post(f.app, "/api/articles", REPORT);
    assert.equal(res.status, 201);
    assert.equal(((await res.json()) as { article: string }).article, "kano-post");
    assert.deepEqual((await getJson<FailedListing>(f.app, "/api/articles?status=failed")).body.articles, []);
    assert.equal((await getJson<{ events: unknown[] }>(f.app, "/api/events")).body.events.length, 1);
  } finally {
    await f.close();
  }
});

test("the articles listing names what it lists: only failed ones, a bounded number", async () => {
  const f = emptyFixture({ readingPool: switchablePool() });
  try {
    const missing = await getJson<{ error: string }>(f.app, "/api/articles");
    assert.equal(missing.status, 400);
    assert.match(missing.body.error, /status/);
    const stored = await getJson<{ error: string }>(f.app, "/api/articles?status=stored");
    assert.equal(stored.status, 400);
    assert.match(stored.body.error, /status: expected "failed"/);
    assert.equal((await getJson(f.app, "/api/articles?status=failed&limit=0")).status, 400);
  } finally {
    await f.close();
  }
});
