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
