import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

/** The events of a made-up article, published two days after the incidents it tells. */
function events(body: string, published = "2024-04-12") {
  return extract(buildArticle({ id: "t", body, published })).events;
}

test("a date written alone before the account dates the incident told after it", () => {
  const [e] = events("3 April 2024. Fishermen protested outside the port authority in Mombasa over new fees.");
  assert.equal(e?.date?.value.start, "2024-04-03");
});

test("a date heading before a colon dates the incident on its line", () => {
  const [e] = events("07 April: Gunmen attacked a bus station in Garissa, wounding three passengers.");
  assert.equal(e?.date?.value.start, "2024-04-07");
});

test("a lead sentence that opens with a day but tells no incident dates the toll told next", () => {
  const found = events("On 9 April 2024, soldiers and local vigilantes swept the forest east of Maiduguri. Four militants were killed.");
  assert.equal(found.length, 1);
  assert.equal(found[0]?.date?.value.start, "2024-04-09");
});

test("a sentence with a date of its own keeps it, and an incident sentence sets no day for the next", () => {
  const found = events(
    ["On 9 April 2024, troops visited Bama.", "Gunmen attacked a market in Dikwa on 10 April 2024.", "A bomb exploded in Gwoza."].join(" "),
  );
  const byPlace = new Map(found.map((e) => [e.location?.value.name, e.date?.value.start]));
  assert.equal(byPlace.get("Dikwa"), "2024-04-10");
  assert.notEqual(byPlace.get("Gwoza"), "2024-04-09");
});
