import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

function events(body: string, published = "2025-06-11") {
  return extract(buildArticle({ id: "t", body, published })).events;
}

test("fighting said not to have happened is no incident", () => {
  assert.deepEqual(events("Residents said there was no fighting in Gao on Sunday."), []);
  const found = events("A mortar attack killed two soldiers near Gao on Sunday. There were no clashes in the town on Monday.");
  assert.equal(found.length, 1);
});

test("tolls over months, over a year and over the last hours, and counts of many attacks, are aggregates", () => {
  assert.deepEqual(events("Over 4,200 people were killed between July and February, the agency said."), []);
  assert.deepEqual(events("The agency said more than 3,600 people had been killed this year in gang violence."), []);
  assert.deepEqual(events("There have been over 40 raids, grenade attacks and IED explosions in the last 24 hours."), []);
});

test("a place described by the fighting it saw tells no new incident", () => {
  assert.deepEqual(events("The minister visited the suburb of Ain Zara, which saw some of the heaviest fighting on Tuesday."), []);
});

test("an incident said to have killed nobody has a toll of zero, not an unknown one", () => {
  const [e] = events("Jets struck the outskirts of Gao on Sunday. There were no casualties.");
  assert.deepEqual(e?.fatalities?.value, { min: 0, max: 0 });
  const [f] = events("Jets struck the outskirts of Gao on Sunday.");
  assert.equal(f?.fatalities, null);
});
