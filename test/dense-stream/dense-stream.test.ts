/**
 * Merging in a dense feed: a week of 225 incidents in 25 countries, several a day in each (see
 * generate-dense-stream.ts). Told once each, they stay 225 events; told by three outlets each, in
 * their own words, arriving shuffled, each incident's three reports make one event and no event
 * holds reports of two incidents. Blocking keeps the work per report small.
 */

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { buildArticle } from "../../src/ingest/build-article.ts";
import { storeArticles } from "../../src/app/store-article.ts";
import { extract } from "../../src/stages/extract.ts";
import { createSqliteStore } from "../../src/storage/sqlite/sqlite-store.ts";
import type { Store } from "../../src/storage/store.ts";
import { generateIncidents, tell, type GeneratedArticle } from "./generate-dense-stream.ts";

const dir = mkdtempSync(join(tmpdir(), "sitrep-dense-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const incidents = generateIncidents();
const toldThrice = incidents.flatMap((incident) => [0, 1, 2].map((outlet) => tell(incident, outlet)));

/**
 * Incidents every outlet's article is read as told (one report, in the incident's country, on its
 * day): reading is tested elsewhere, so an incident a change in reading misplaces is left out of
 * what merging must join, as long as nearly all are read right.
 */
const readAsTold = new Set(
  incidents
    .filter((incident) =>
      toldThrice
        .filter((a) => a.incident === incident.id)
        .every((a) => {
          const events = extract(buildArticle({ id: a.id, body: a.body, published: a.published })).events;
          return (
            events.length === 1 && events[0]!.location?.value.country === incident.country && events[0]!.date?.value.start === incident.day
          );
        }),
    )
    .map((incident) => incident.id),
);

/** Ingests the articles in the order given, sixteen to a transaction as a batch ingest does. */
async function ingest(
  name: string,
  articles: GeneratedArticle[],
): Promise<{ store: Store; events: Map<string, Set<string>>; grouping: string[] }> {
  const store = createSqliteStore(join(dir, `${name}.db`));
  const items = articles.map((a) => {
    const article = buildArticle({ id: a.id, body: a.body, published: a.published });
    return { article, extraction: extract(article) };
  });
  for (let i = 0; i < items.length; i += 16) {
    for (const r of await storeArticles(store, items.slice(i, i + 16))) if (r instanceof Error) throw r;
  }
  const incidentOf = new Map(articles.map((a) => [a.id, a.incident]));
  // Each event's incidents (by its sources' articles).
  const events = new Map<string, Set<string>>();
  const grouping: string[] = [];
  for (const e of await store.listEvents()) {
    events.set(e.id, new Set(e.sources.map((s) => incidentOf.get(s.article)!)));
    grouping.push(`${e.id}: ${e.sources.map((s) => s.article).join(" ")}`);
  }
  return { store, events, grouping: grouping.sort() };
}

/** A fixed shuffle: arrival order is not publication order in a real feed. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

test("the generated week is dense: over 200 incidents in over 20 countries, several a day in a country", () => {
  assert.ok(incidents.length >= 200, `${incidents.length} incidents`);
  assert.ok(new Set(incidents.map((i) => i.country)).size >= 20);
  const perCountryDay = new Map<string, number>();
  for (const i of incidents) perCountryDay.set(`${i.country} ${i.day}`, (perCountryDay.get(`${i.country} ${i.day}`) ?? 0) + 1);
  assert.ok([...perCountryDay.values()].some((n) => n >= 3));
});

test("incidents told once each stay apart: no event holds two incidents", async () => {
  const articles = incidents.map((incident, k) => tell(incident, k % 3));
  const { store, events } = await ingest("once", articles);
  const mixed = [...events.entries()].filter(([, held]) => held.size > 1);
  assert.deepEqual(mixed, []);
  assert.equal(new Set([...events.values()].flatMap((held) => [...held])).size, incidents.length);
  await store.close();
});

let shuffledGrouping: string[] = [];

test("incidents told by three outlets each, arriving shuffled: each incident's reports join, nothing else", async () => {
  const { store, events, grouping } = await ingest("three", shuffled(toldThrice));
  shuffledGrouping = grouping;
  const mixed = [...events.entries()].filter(([, held]) => held.size > 1);
  assert.deepEqual(mixed, [], "events holding two incidents");
  const sourcesOf = new Map<string, number>();
  for (const e of await store.listEvents()) {
    const [incident] = [...events.get(e.id)!];
    sourcesOf.set(incident!, Math.max(sourcesOf.get(incident!) ?? 0, e.sources.length));
  }
  assert.ok(readAsTold.size >= 0.95 * incidents.length, `only ${readAsTold.size} of ${incidents.length} incidents read as told`);
  const split = incidents.filter((i) => readAsTold.has(i.id) && sourcesOf.get(i.id) !== 3).map((i) => `${i.id} ${i.town} ${i.kind}`);
  assert.deepEqual(split, [], "incidents whose three reports are not one event");
  // Each new report is compared with its block only (its country, days around its date).
  const stats = store.mergeStats();
  assert.ok(stats.comparisons / stats.reports < 40, `${(stats.comparisons / stats.reports).toFixed(1)} comparisons a report`);
  await store.close();
});

test("the same reports in publication order make the same events, ids included", async () => {
  const inOrder = [...toldThrice].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
  const { store, grouping } = await ingest("in-order", inOrder);
  assert.deepEqual(grouping, shuffledGrouping);
  await store.close();
});
