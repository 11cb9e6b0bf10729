import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import type { ArticleInput } from "../core/article.ts";
import { ingestBatch } from "../app/ingest-batch.ts";
import { createSqliteStore } from "../storage/sqlite/sqlite-store.ts";
import type { Store } from "../storage/store.ts";
import { formatMatch } from "./format-match.ts";
import { newMatches } from "./new-matches.ts";

// Invented dispatches: two outlets on one checkpoint attack, an undated raid, a strike elsewhere.
const wire: ArticleInput = {
  id: "a-wire",
  published: "2025-06-09",
  body: "Gunmen attacked a police checkpoint near Kidal on Sunday, killing four officers, a regional official said.",
};
const daily: ArticleInput = {
  id: "b-daily",
  published: "2025-06-10",
  body: "Four police officers were killed when gunmen attacked a checkpoint outside Kidal on Sunday, officials said. The attackers escaped on motorcycles.",
};
const undated: ArticleInput = {
  id: "c-undated",
  published: null,
  body: "Armed men raided a livestock market near Gao, killing two traders, residents said.",
};
const strike: ArticleInput = {
  id: "d-strike",
  published: "2025-06-11",
  body: "A drone strike hit a car near Idlib on Tuesday, killing two men, a monitoring group said.",
};

async function ingest(store: Store, inputs: ArticleInput[]): Promise<void> {
  const report = await ingestBatch(
    store,
    inputs.map((a) => ({ name: a.id!, read: () => a })),
  );
  assert.deepEqual(report.errors, []);
}

test("a watchlist's new matches are the events created or revised since its cursor that pass its filter, each once", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-matches-"));
  const store = createSqliteStore(join(dir, "sitrep.db"));
  try {
    await ingest(store, [wire]);
    const [kidal] = await store.listEvents();
    await store.addWatchlist("mali", { country: "ML" }, null);
    await store.addWatchlist("everything", {}, null);
    await store.addWatchlist("motorcycles", { text: "motorcycles" }, null);
    await ingest(store, [daily, undated, strike]);
    const lists = new Map((await store.listWatchlists()).map((w) => [w.name, w]));
    const found = async (name: string) => (await newMatches(store, lists.get(name)!)).matches.map((m) => formatMatch(name, m));

    const gao = (await store.listEvents({ country: "ML" })).find((e) => e.id !== kidal!.id)!;
    assert.equal(gao.date, null, "the raid is undated: no window of days can bound the listing");
    assert.deepEqual(await found("mali"), [
      `watchlist mali: revised event ${kidal!.id} | armed_clash | 2025-06-08 | Kidal, ML | deaths 4`,
      `watchlist mali: new event ${gao.id} | attack | date unknown | Gao, ML | deaths 2`,
    ]);
    assert.equal((await found("everything")).length, 3);
    assert.deepEqual(await found("motorcycles"), [
      `watchlist motorcycles: revised event ${kidal!.id} | armed_clash | 2025-06-08 | Kidal, ML | deaths 4`,
    ]);

    // Once the cursor is stored, there is nothing new until something changes.
    const mali = lists.get("mali")!;
    const { cursor } = await newMatches(store, mali);
    await store.advanceWatchlist("mali", cursor);
    const [after] = (await store.listWatchlists()).filter((w) => w.name === "mali");
    assert.deepEqual((await newMatches(store, after!)).matches, []);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
