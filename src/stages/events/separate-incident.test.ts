import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";
import { opensSeparateIncident } from "./separate-incident-cue.ts";

/** Type, day and place of the events of a made-up article, published on a Wednesday. */
function events(body: string, published = "2025-06-11"): string[] {
  return extract(buildArticle({ id: "t", body, published })).events.map(
    (e) => `${e.type.value} ${e.date?.value.start ?? "-"} ${e.location?.value.name ?? "-"}`,
  );
}

test("a sentence opened by 'in a separate incident' tells of another incident", () => {
  assert.equal(opensSeparateIncident("In a separate incident, a "), true);
  assert.equal(opensSeparateIncident("In a related story, a "), true);
  assert.equal(opensSeparateIncident("Elsewhere, "), true);
  assert.equal(opensSeparateIncident("In the separate town of "), false);
  const told = events(
    "A roadside bomb wounded three soldiers near Yala on Tuesday. " +
      "In a separate incident, a bomb exploded in a side street of the town, injuring two volunteers.",
  );
  assert.equal(told.length, 2);
});

test("an incident named again only to say when it happened takes that day", () => {
  const told = events(
    "A bomb exploded beside a police post in Yala on Tuesday, wounding four officers. " +
      "In a separate incident, a bomb exploded in a side street of Pattani, injuring two volunteers. " +
      "The blast happened at 9am on June 2, close to a school.",
  );
  assert.ok(told.includes("remote_explosive_landmine_ied 2025-06-02 Pattani"), told.join(" | "));
});

test("a toll told by a participle after a later incident's verb is that incident's toll", () => {
  const body =
    "Bandits raided a market in Gusau on Saturday, killing three traders. The following day, militants ambushed a patrol near Tsafe, killing six soldiers.";
  const tolls = extract(buildArticle({ id: "t", body, published: "2025-06-11" })).events.map((e) => e.fatalities?.value.min ?? null);
  assert.deepEqual(tolls, [3, 6]);
});
