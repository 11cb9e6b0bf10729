import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { ArticleInput } from "../core/article.ts";
import { createSqliteStore } from "../storage/sqlite/sqlite-store.ts";
import { ingestBatch } from "./ingest-batch.ts";
import { itemsFromManifests, type BatchItem } from "../ingest/batch-items.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-batch-"));
const item = (input: ArticleInput): BatchItem => ({ name: input.id ?? "x", read: () => input });

const dated: ArticleInput = {
  id: "wire",
  published: "2025-05-07",
  body: "A car bomb exploded at a market in Mogadishu on Tuesday, killing eight people, police said.",
};
const undated: ArticleInput = {
  id: "blog",
  published: null,
  body: [
    "Eight people died when a car bomb went off at a busy market in Mogadishu on Tuesday.",
    "On Monday, gunmen attacked a police station in Baidoa, killing two officers.",
  ].join(" "),
};

test("reports of one bombing from two outlets merge into one event with both sources", async () => {
  const store = createSqliteStore(join(dir, "merge.db"));
  await ingestBatch(store, [item(dated), item(undated)]);
  const bombings = (await store.listEvents()).filter((e) => e.type === "remote_explosive_landmine_ied");
  assert.equal(bombings.length, 1);
  assert.deepEqual(bombings[0]!.sources.map((s) => s.article).sort(), ["blog", "wire"]);
  await store.close();
});

test("an undated article learns its reference day from a source that dates its incident, in either order", async () => {
  for (const order of [
    [dated, undated],
    [undated, dated],
  ]) {
    const store = createSqliteStore(join(dir, `redate-${order[0]!.id}.db`));
    await ingestBatch(store, order.map(item));
    assert.equal((await store.getArticle("blog"))?.referenceDate, "2025-05-06");
    // Its other "on Monday" now resolves to the Monday before that Tuesday.
    const raid = (await store.listEvents()).find((e) => e.location?.name === "Baidoa");
    assert.equal(raid?.date, "2025-05-05");
    await store.close();
  }
});

test("an undated article's weekday after its incident is the one just gone, read against its sources' day", async () => {
  const store = createSqliteStore(join(dir, "redate-later.db"));
  const later: ArticleInput = {
    id: "weekly",
    published: null,
    body: [
      "Eight people died when a car bomb went off at a busy market in Mogadishu on Tuesday.",
      "On Wednesday, gunmen attacked a police station in Baidoa, killing two officers.",
    ].join(" "),
  };
  // Tuesday 6 May; the dated source appeared on Wednesday 7 May: the raid is that Wednesday, not 30 April.
  await ingestBatch(store, [item(dated), item(later)]);
  assert.equal((await store.getArticle("weekly"))?.referenceDate, "2025-05-06");
  const raid = (await store.listEvents()).find((e) => e.location?.name === "Baidoa");
  assert.equal(raid?.date, "2025-05-07");
  await store.close();
});

test("a failing item is reported and the rest of the batch is stored", async () => {
  const store = createSqliteStore(join(dir, "partial.db"));
  const broken: BatchItem = {
    name: "broken.txt",
    read: () => {
      throw new Error("cannot read");
    },
  };
  const report = await ingestBatch(store, [broken, item(dated)]);
  assert.equal(report.errors.length, 1);
  assert.match(report.errors[0]!.message, /broken\.txt: cannot read/);
  assert.equal(await store.countArticles(), 1);
  await store.close();
});

test("an id two manifests of one batch use is an error naming both lines", () => {
  const folder = mkdtempSync(join(tmpdir(), "sitrep-two-manifests-"));
  writeFileSync(join(folder, "a.txt"), "Soldiers clashed with rebels at a checkpoint.");
  writeFileSync(join(folder, "one.jsonl"), JSON.stringify({ id: "same", file: "a.txt" }) + "\n");
  writeFileSync(join(folder, "two.jsonl"), "\n" + JSON.stringify({ id: "same", file: "a.txt" }) + "\n");
  const { items, errors } = itemsFromManifests([join(folder, "one.jsonl"), join(folder, "two.jsonl")]);
  assert.equal(items.length, 1);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!.message, /two\.jsonl:2: id "same" is used already at .*one\.jsonl:1/);
});
