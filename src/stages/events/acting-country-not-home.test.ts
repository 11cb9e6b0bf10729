import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

// A side incident told without a place is not put in the article's country when the only country
// its sentence names is the state that acted (homeGrown in events-stage.ts).

test("a state named as the side that acted does not place a side incident in its own country", () => {
  const events = extract(
    buildArticle({
      id: "t",
      title: "Turkey strikes again",
      body:
        "Turkey has carried out a new drone strike near Qamishli, in northern Syria, killing two fighters of a Kurdish militia.\n\n" +
        "The two were killed while driving a car not far from where Turkey assassinated militia commander Baran Delil Kobani on Sunday.\n\n" +
        "Officials in Turkey said Turkey would strike again. Turkey has long fought the militia.",
      published: "2023-03-06",
    }),
  ).events;
  const side = events.find((e) => e.actor2?.value.name.startsWith("Baran Delil Kobani"));
  assert.ok(side, "the killing of the commander is read as an incident");
  assert.notEqual(side.location?.value.country, "TR");
});
