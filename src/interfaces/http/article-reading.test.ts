/**
 * A posted article is read off the thread that answers requests, within a time budget: a page
 * built to stall a parser neither freezes the server nor gets stored half-read.
 */

import assert from "node:assert/strict";
import { after, test } from "node:test";
import { createReadingPool } from "../../ingest/reading-pool.ts";
import { emptyFixture, post, type Fixture } from "./api-fixture.ts";

const STORY = "<p>Gunmen attacked a police post near Kano on Monday, killing two officers.</p>";

/** POSTs `body` and, until it is answered, asks /api/health again and again: how many health answers came first, and their statuses. */
async function healthWhilePosting(f: Fixture, body: unknown): Promise<{ status: number; error: string; healthBefore: number[] }> {
  let answered = false;
  const posting = post(f.app, "/api/articles", body).then(async (res) => {
    answered = true;
    return { status: res.status, error: ((await res.json()) as { error?: string }).error ?? "" };
  });
  const healthBefore: number[] = [];
  while (!answered) {
    const res = await f.app.request("/api/health");
    if (!answered) healthBefore.push(res.status);
    // Leave the loop room to notice the POST's answer.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { ...(await posting), healthBefore };
}

const pools = [createReadingPool({ size: 1 }), createReadingPool({ size: 1 })];
after(() => Promise.all(pools.map((p) => p.close())));

test("a 5 MB page of unclosed tags is refused with its reason while /api/health keeps answering", { timeout: 120_000 }, async () => {
  const f = emptyFixture({ readingPool: pools[0]! });
  try {
    const html = `<html><body>${STORY}${"<div>".repeat(990_000)}${STORY}</body></html>`;
    const { status, error, healthBefore } = await healthWhilePosting(f, { html, published: "2025-03-03" });
    assert.equal(status, 400);
    assert.match(error, /^html: HTML nested more than 16,384 elements deep/);
    assert.ok(healthBefore.length > 0, "health answered before the POST did");
    assert.ok(
      healthBefore.every((s) => s === 200),
      "every health answer was 200",
    );
    assert.equal(await f.store.countArticles(), 0);
  } finally {
    await f.close();
  }
});

test(
  "an article not read within the time allowed is stored as failed with the reason, and health answers meanwhile",
  { timeout: 120_000 },
  async () => {
    // Nested as deep as is allowed, again and again: seconds of parsing, far over a budget of 1 ms.
    const block = `${"<span>".repeat(16_000)}${STORY}${"</span>".repeat(16_000)}`;
    const f = emptyFixture({ readingPool: pools[1]!, readingBudgetMs: 1 });
    try {
      const html = `<html><body>${block.repeat(20)}</body></html>`;
      const { status, error, healthBefore } = await healthWhilePosting(f, { id: "deep-page", html });
      assert.equal(status, 422);
      assert.match(
        error,
        /^html: not read within 0\.001 s, the time allowed to read an article; stored as failed under "deep-page" \(listed by GET \/api\/articles\?status=failed; send it again to retry\)$/,
      );
      assert.ok(healthBefore.length > 0, "health answered before the POST did");
      assert.equal(await f.store.countArticles(), 0);
      assert.deepEqual(
        (await f.store.failedArticles()).map((a) => [a.id, a.format, a.size]),
        [["deep-page", "html", html.length]],
      );
    } finally {
      await f.close();
    }
  },
);
