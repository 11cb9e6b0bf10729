import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import type { ArticleInput } from "../core/article.ts";
import { exportJson } from "../export/export-json.ts";
import { ingestBatch } from "../app/ingest-batch.ts";
import { createSqliteStore } from "../storage/sqlite/sqlite-store.ts";
import { sidesAcrossBorder, statesCrossBorder } from "./cross-border.ts";
import { report } from "./report-fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-cross-border-"));
after(() => rmSync(dir, { recursive: true, force: true }));

// Made-up reports of one strike: one outlet places it by the country whose jets flew, the other
// in the neighbour's province they struck.
const BY_ATTACKER: ArticleInput = {
  id: "by-attacker",
  published: "2025-05-07",
  body: "Neighbouring air strikes killed 23 Afghan civilians on Tuesday, the Taliban government said, while a Pakistani official said Pakistani jets hit militant hideouts.",
};
const BY_TARGET: ArticleInput = {
  id: "by-target",
  published: "2025-05-07",
  body: "Air strikes in Kunar province of eastern Afghanistan killed 23 civilians late on Tuesday, Taliban officials said, blaming Pakistan's military.",
};

async function sourcesAfterIngesting(articles: ArticleInput[], name: string): Promise<string[][]> {
  const store = createSqliteStore(join(dir, `${name}.db`));
  await ingestBatch(
    store,
    articles.map((a) => ({ name: a.id!, read: () => a })),
  );
  const { events } = (await exportJson(store)) as { events: Array<{ sources: Array<{ article: string }> }> };
  await store.close();
  return events.map((e) => e.sources.map((s) => s.article).sort()).sort();
}

test("a text states a cross-border incident in words", () => {
  assert.ok(statesCrossBorder("rockets were fired across the border overnight"));
  assert.ok(!statesCrossBorder("the border town was shelled"));
});

test("an incident between two neighbours' sides, placed only by one country, may lie across the border", () => {
  const strike = report("a#0", { place: { name: "Pakistan", admin1: null, country: "PK", lat: 30, lon: 70, precision: "country" } });
  const across = {
    ...strike.event,
    actor2: { ...strike.event.actor2!, value: { name: "Civilians (Afghanistan)", kind: "civilians" as const, country: "AF" } },
  };
  assert.equal(sidesAcrossBorder(strike.event), false);
  assert.equal(sidesAcrossBorder({ ...across, actor1: { ...across.actor1!, value: { ...across.actor1!.value, country: "PK" } } }), true);
  // Placed at a town, the place is known: its country is no guess.
  const atTown = {
    ...across,
    location: { ...across.location!, value: { ...across.location!.value, precision: "exact" as const, country: "PK" } },
  };
  assert.equal(sidesAcrossBorder({ ...atTown, actor1: { ...atTown.actor1!, value: { ...atTown.actor1!.value, country: "PK" } } }), false);
});

test("one strike placed by the attacker's country and by the struck province is one event, in either order", async () => {
  const forward = await sourcesAfterIngesting([BY_ATTACKER, BY_TARGET], "forward");
  const backward = await sourcesAfterIngesting([BY_TARGET, BY_ATTACKER], "backward");
  assert.deepEqual(forward, [["by-attacker", "by-target"]]);
  assert.deepEqual(backward, forward);
});
