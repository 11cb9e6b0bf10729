/**
 * An undated article dated by another source's report is read again after the request that
 * brought that report is answered, on the reading threads: the request never waits on it.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import type { Article } from "../../core/article.ts";
import type { ReadingPool } from "../../ingest/reading-pool.ts";
import { READING_TASKS } from "../../ingest/reading-tasks.ts";
import { emptyFixture, post } from "./api-fixture.ts";
import { redatingOf } from "./create-app.ts";

const UNDATED = {
  id: "blog",
  text: "Insurgents ambushed a convoy of soldiers near Maiduguri on Wednesday, killing six, residents said.",
};
const DATED = {
  id: "wire",
  published: "2025-04-10",
  text: "Gunmen ambushed an army convoy near Maiduguri on Wednesday, killing six soldiers, military sources said.",
};

/** Reads in this thread, as the reading threads would; a re-reading (an article given a reference day) waits for `release`. */
function poolHoldingRereads(): ReadingPool & { release(): void; rereads: string[] } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const rereads: string[] = [];
  return {
    rereads,
    release,
    async run(task, arg) {
      if (task === "extract" && (arg as Article).referenceDate) {
        rereads.push((arg as Article).id);
        await released;
      }
      return (READING_TASKS[task] as (a: unknown) => never)(arg);
    },
    async close() {},
  };
}

test("the request that dates an undated article is answered before that article is read again", async () => {
  const pool = poolHoldingRereads();
  const f = emptyFixture({ readingPool: pool });
  try {
    assert.equal((await post(f.app, "/api/articles", UNDATED)).status, 201);
    // Answered while the re-reading it caused is held.
    assert.equal((await post(f.app, "/api/articles", DATED)).status, 201);
    assert.equal((await f.store.getArticle("blog"))?.referenceDate, null);
    while (pool.rereads.length === 0) await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(pool.rereads, ["blog"]);
    pool.release();
    await redatingOf(f.app).idle();
    assert.equal((await f.store.getArticle("blog"))?.referenceDate, "2025-04-09");
  } finally {
    pool.release();
    await f.close();
  }
});
