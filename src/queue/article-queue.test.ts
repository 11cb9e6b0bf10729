import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import pg from "pg";
import type { ArticleInput } from "../core/article.ts";
import { exportJson } from "../export/export-json.ts";
import { ingestBatch } from "../app/ingest-batch.ts";
import { redateArticles } from "../app/redate-articles.ts";
import { createPostgresStore } from "../storage/postgres/postgres-store.ts";
import { createSqliteStore } from "../storage/sqlite/sqlite-store.ts";
import { createReadingPool, ReadingTimeoutError, type ReadingPool } from "../ingest/reading-pool.ts";
import { READING_TASKS } from "../ingest/reading-tasks.ts";
import { ARTICLE_QUEUE, enqueueArticles, openArticleQueue, runWorker, type ArticleJob } from "./article-queue.ts";

const SERVER = process.env["SITREP_TEST_PG"] ?? "postgres://postgres@127.0.0.1:5432/test";
const schemas: string[] = [];

after(async () => {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE; DROP SCHEMA IF EXISTS ${s}_queue CASCADE`);
  await client.end();
});

function freshUrl(): string {
  const schema = `sitrep_queue_test_${process.pid}_${randomBytes(3).toString("hex")}`;
  schemas.push(schema);
  return `${SERVER}?schema=${schema}`;
}

// Made-up reports: two incidents told by several outlets, one of them undated.
const ARTICLES: ArticleInput[] = [
  {
    id: "a",
    published: "2025-04-10",
    body: "Gunmen ambushed an army convoy near Maiduguri on Wednesday, killing six soldiers, military sources said.",
  },
  {
    id: "b",
    published: "2025-04-11",
    body: "Six soldiers were killed when insurgents attacked a military convoy outside Maiduguri on Wednesday.",
  },
  { id: "c", published: null, body: "Insurgents ambushed a convoy near Maiduguri on Wednesday, killing six soldiers, residents said." },
  { id: "d", published: "2025-04-12", body: "A drone strike hit a car near Idlib on Friday, killing two men, a monitoring group said." },
  {
    id: "e",
    published: "2025-04-12",
    body: "Two people were killed on Friday when a drone struck their vehicle outside Idlib, rescuers said.",
  },
  { id: "f", published: "2025-04-14", body: "A car bomb exploded at a market in Mogadishu on Sunday, killing nine people, police said." },
];
const jobs: ArticleJob[] = ARTICLES.map((input) => ({ name: input.id!, input }));

async function referenceExport(): Promise<string> {
  const store = createSqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-queue-ref-")), "ref.db"));
  await ingestBatch(
    store,
    ARTICLES.map((a) => ({ name: a.id!, read: () => a })),
  );
  await redateArticles(store);
  const exported = JSON.stringify(await exportJson(store));
  await store.close();
  return exported;
}

test("two workers taking articles off the queue store the same events as one process", async () => {
  const url = freshUrl();
  const producer = await openArticleQueue(url);
  assert.equal(await enqueueArticles(producer, jobs), ARTICLES.length);
  await producer.stop({ graceful: false, wait: true });

  const workers = [0, 1].map(async () => {
    const boss = await openArticleQueue(url);
    const store = createPostgresStore(url);
    try {
      return await runWorker(boss, store, { untilEmpty: true, pollMs: 100 });
    } finally {
      await boss.stop({ graceful: false, wait: true });
      await store.close();
    }
  });
  const reports = await Promise.all(workers);
  assert.equal(
    reports.reduce((n, r) => n + r.done.length, 0),
    ARTICLES.length,
  );
  assert.deepEqual(
    reports.flatMap((r) => r.failed),
    [],
  );

  const store = createPostgresStore(url);
  const exported = JSON.stringify(await exportJson(store));
  await store.close();
  assert.equal(exported, await referenceExport());
});

test("a job whose worker died is taken again once it expires, and nothing is stored twice", async () => {
  const url = freshUrl();
  const boss = await openArticleQueue(url, { expireInSeconds: 1, checkEverySeconds: 1 });
  await enqueueArticles(boss, jobs);
  // A worker takes one article and dies before finishing it.
  const [taken] = await boss.fetch<ArticleJob>(ARTICLE_QUEUE, { batchSize: 1 });
  assert.ok(taken);
  const store = createPostgresStore(url);
  try {
    const report = await runWorker(boss, store, { untilEmpty: true, pollMs: 200 });
    assert.ok(
      report.done.some((d) => d.name === taken.data.name),
      "the abandoned article was ingested after all",
    );
    assert.equal(await store.countArticles(), ARTICLES.length);
    assert.equal(JSON.stringify(await exportJson(store)), await referenceExport());
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
});

/** Reads in this thread, as the reading threads would, but the extraction of `lateId` runs out of its time. */
function poolWhereLate(lateId: string): ReadingPool {
  return {
    async run(task, arg) {
      if (task === "extract" && (arg as { id: string }).id === lateId) {
        throw new ReadingTimeoutError("not read within 0.001 s, the time allowed to read an article");
      }
      return (READING_TASKS[task] as (a: unknown) => never)(arg);
    },
    async close() {},
  };
}

test("an article out of its time is stored as failed with its reason, and the worker goes on with the next", async () => {
  const url = freshUrl();
  const boss = await openArticleQueue(url);
  const store = createPostgresStore(url);
  try {
    await enqueueArticles(boss, jobs.slice(3, 6));
    const report = await runWorker(boss, store, { untilEmpty: true, pollMs: 100, reading: { pool: poolWhereLate("e"), budgetMs: 1 } });
    assert.deepEqual(report.done.map((d) => d.name).sort(), ["d", "f"]);
    assert.deepEqual(report.failed, [
      { name: "e", error: 'article "e" stored as failed: not read within 0.001 s, the time allowed to read an article' },
    ]);
    assert.deepEqual(
      (await store.failedArticles()).map((f) => [f.id, f.source, f.reason, f.attempts]),
      [["e", "queue: e", "not read within 0.001 s, the time allowed to read an article", 1]],
    );
    assert.equal(await store.countArticles(), 2);
    // Kept as failed, the job is done: the queue does not read it again.
    assert.equal(await boss.getQueueSize(ARTICLE_QUEUE, { before: "completed" }), 0);
  } finally {
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
});

test(
  "on the reading threads, a page that takes seconds to parse is stored as failed within a budget of 1 ms",
  { timeout: 120_000 },
  async () => {
    const url = freshUrl();
    const boss = await openArticleQueue(url);
    const store = createPostgresStore(url);
    const pool = createReadingPool({ size: 1 });
    try {
      // Nested as deep as is allowed, again and again: seconds of parsing.
      const block = `${"<span>".repeat(16_000)}<p>Gunmen attacked a police post near Kano.</p>${"</span>".repeat(16_000)}`;
      const html = `<html><body>${block.repeat(20)}</body></html>`;
      await enqueueArticles(boss, [{ name: "deep.html", input: { id: "deep", body: html, format: "html" } }]);
      const report = await runWorker(boss, store, { untilEmpty: true, pollMs: 100, reading: { pool, budgetMs: 1 } });
      assert.deepEqual(
        report.failed.map((f) => f.name),
        ["deep.html"],
      );
      assert.deepEqual(
        (await store.failedArticles()).map((f) => [f.id, f.format, f.size, f.reason]),
        [["deep", "html", html.length, "not read within 0.001 s, the time allowed to read an article"]],
      );
      assert.equal(await store.countArticles(), 0);
    } finally {
      await pool.close();
      await boss.stop({ graceful: false, wait: true });
      await store.close();
    }
  },
);
