/**
 * One incident told by outlets that disagree (the type, "on Sunday" or the date, a toll that
 * grows, one article undated) is one event, whatever order the articles arrive in; an incident
 * the same day in another village of the province, that no gazetteer places either, is another.
 */

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import type { ArticleInput } from "../core/article.ts";
import { exportJson } from "../export/export-json.ts";
import { ingestBatch } from "../app/ingest-batch.ts";
import { redateArticles } from "../app/redate-articles.ts";
import { createSqliteStore } from "../storage/sqlite/sqlite-store.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-outlets-"));
after(() => rmSync(dir, { recursive: true, force: true }));

// Made-up villages and reports.
const ARTICLES: ArticleInput[] = [
  {
    id: "weekday",
    published: "2025-01-13",
    body: "Gunmen killed 12 villagers in an attack on Tumbuku, a village in Borno State, on Sunday, local officials said.",
  },
  {
    id: "stated-date",
    published: "2025-01-14",
    body: "At least 12 people died on 12 January 2025 when suspected jihadists clashed with vigilantes in Tumbuku, Borno, a community leader said.",
  },
  {
    id: "undated-grown",
    published: null,
    body: "The death toll from Sunday's massacre in Tumbuku village has risen to 15, the Borno State government said.",
  },
  {
    id: "other-village",
    published: "2025-01-14",
    body: "At least 12 people died on 12 January 2025 when suspected jihadists clashed with vigilantes in Kalanguri, Borno, a community leader said.",
  },
];

async function groupsAfterIngesting(articles: ArticleInput[], name: string): Promise<string[][]> {
  const store = createSqliteStore(join(dir, `${name}.db`));
  await ingestBatch(
    store,
    articles.map((a) => ({ name: a.id!, read: () => a })),
  );
  await redateArticles(store);
  const { events } = (await exportJson(store)) as { events: Array<{ sources: Array<{ article: string }> }> };
  await store.close();
  return events.map((e) => e.sources.map((s) => s.article).sort()).sort();
}

test("one incident told four ways is one event, and another village's the same day is another, in any order", async () => {
  const expected = [["other-village"], ["stated-date", "undated-grown", "weekday"]];
  assert.deepEqual(await groupsAfterIngesting(ARTICLES, "in-order"), expected);
  assert.deepEqual(await groupsAfterIngesting([...ARTICLES].reverse(), "reversed"), expected);
});
