import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

/** The events of a made-up article, published on a Wednesday. */
function events(body: string, published = "2025-06-11") {
  return extract(buildArticle({ id: "t", body, published })).events;
}

test("fighters counted as members of a named group are that group, in the place of the common noun", () => {
  const found = events("Soldiers killed 12 militants from the Baloch Liberation Army near Turbat on Monday.");
  const names = found.flatMap((e) => [e.actor1?.value.name, e.actor2?.value.name]);
  assert.ok(names.includes("BLA: Baloch Liberation Army"), names.join(", "));
  assert.ok(!found.some((e) => e.actor1?.value.name === "BLA: Baloch Liberation Army"), names.join(", "));
});

test("militants nobody names are an unidentified armed group of the event's country, not jihadists", () => {
  const found = events("Militants opened fire on a village in Churachandpur district of Manipur on Sunday, killing two villagers.");
  assert.equal(found[0]?.actor1?.value.name, "Unidentified armed group (India)");
});

test("a sentence opening on 'The forces' goes on with the state force just named", () => {
  const body = "Ugandan troops attacked farm workers near Marka on Monday. The forces fired mortar shells at the farm.";
  const found = events(body);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.actor1?.value.name, "Military Forces of Uganda");
});

test("demonstrators of a peaceful protest are actor1, named by their country, and nobody is actor2", () => {
  const found = events("Students protested against job quotas in Dhaka on Monday.");
  assert.equal(found[0]?.actor1?.value.name, "Protesters (Bangladesh)");
  assert.equal(found[0]?.actor2, null);
});

test("a demonym the place reading did not keep still names whose forces they are", () => {
  const found = events("Nigerian Armed Forces clashed with local militias at a village in Anka on Sunday.");
  assert.equal(found[0]?.actor1?.value.name, "Military Forces of Nigeria");
});
