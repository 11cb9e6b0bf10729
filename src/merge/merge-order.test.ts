import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { ArticleInput } from "../core/article.ts";
import { exportJson } from "../export/export-json.ts";
import { ingestBatch } from "../app/ingest-batch.ts";
import type { BatchItem } from "../ingest/batch-items.ts";
import { redateArticles } from "../app/redate-articles.ts";
import { createSqliteStore } from "../storage/sqlite/sqlite-store.ts";

// Made-up reports: three outlets on one ambush (one undated), two on a drone strike, two on a
// market bombing, and one article telling of the ambush and the bombing together.
const ARTICLES: ArticleInput[] = [
  {
    id: "wire-ambush",
    published: "2025-04-10",
    body: "Gunmen ambushed an army convoy near Maiduguri on Wednesday, killing six soldiers, military sources said.",
  },
  {
    id: "daily-ambush",
    published: "2025-04-11",
    body: "Six soldiers were killed when insurgents attacked a military convoy outside Maiduguri on Wednesday, officials said. The army said reinforcements were sent.",
  },
  {
    id: "blog-ambush",
    published: null,
    body: "Insurgents ambushed a convoy of soldiers near Maiduguri on Wednesday, killing at least seven, residents said.",
  },
  {
    id: "wire-drone",
    published: "2025-04-12",
    body: "A drone strike hit a car near Idlib on Friday, killing two men, a monitoring group said.",
  },
  {
    id: "daily-drone",
    published: "2025-04-12",
    body: "Two people were killed on Friday when a drone struck their vehicle outside Idlib, rescuers said.",
  },
  {
    id: "wire-market",
    published: "2025-04-14",
    body: "A car bomb exploded at a crowded market in Mogadishu on Sunday, killing nine people, police said.",
  },
  {
    id: "roundup",
    published: "2025-04-15",
    body: [
      "Nine people died when a car bomb went off in a Mogadishu market on Sunday, police said.",
      "In Nigeria, six soldiers were killed in an ambush on an army convoy near Maiduguri on Wednesday, April 9.",
    ].join(" "),
  },
];

/** A fixed shuffle, so every run tries the same orders. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function exportAfterIngesting(articles: ArticleInput[], file: string): Promise<string> {
  const store = createSqliteStore(file);
  const items: BatchItem[] = articles.map((a) => ({ name: a.id!, read: () => a }));
  await ingestBatch(store, items);
  await redateArticles(store);
  const exported = JSON.stringify(await exportJson(store), null, 1);
  await store.close();
  return exported;
}

test("the export is the same, event for event, whatever order the articles arrive in", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-order-"));
  const reference = await exportAfterIngesting(ARTICLES, join(dir, "in-order.db"));
  const events = (JSON.parse(reference) as { events: Array<{ sources: Array<{ article: string }> }> }).events;
  // The orders must have something to disagree on: reports merged across outlets.
  const ambush = events.find((e) => e.sources.some((s) => s.article === "wire-ambush"));
  assert.deepEqual(ambush?.sources.map((s) => s.article).sort(), ["blog-ambush", "daily-ambush", "roundup", "wire-ambush"]);
  assert.ok(events.some((e) => e.sources.length === 2 && e.sources.some((s) => s.article === "wire-drone")));

  for (const seed of [1, 2, 3, 4, 5]) {
    const order = shuffled(ARTICLES, seed);
    const exported = await exportAfterIngesting(order, join(dir, `order-${seed}.db`));
    assert.equal(exported, reference, `order ${order.map((a) => a.id).join(", ")} gives another export`);
  }
});
