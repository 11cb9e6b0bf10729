import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

const placesOf = (body: string) =>
  extract(buildArticle({ id: "t", body, published: "2024-05-10" })).events.map((e) => e.location?.value.name ?? null);

test("the towns a journey runs between are not where an attack on the travellers happened", () => {
  const places = placesOf("On 7 May 2024, gunmen attacked a bus travelling from Kirkuk to Tikrit, killing four passengers.");
  assert.ok(places.length > 0);
  for (const place of places) assert.ok(place !== "Kirkuk" && place !== "Tikrit", `placed at ${place}`);
});
