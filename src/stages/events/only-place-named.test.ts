import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

const placesOf = (body: string) =>
  extract(buildArticle({ id: "t", body, published: "2024-05-10" })).events.map((e) => e.location?.value.name ?? null);

test("the toll told in the sentence after the incident's place is placed there, when the report names one place", () => {
  assert.deepEqual(placesOf("On 7 May 2024, a farmer stepped on a mine near Foobarivka, Kharkiv region. Two civilians were killed."), [
    "Foobarivka",
  ]);
});

test("a suburb the gazetteer lacks is mapped around the one town the report names", () => {
  const events = extract(
    buildArticle({
      id: "t",
      body: "Officials in the Libyan capital Tripoli said on Wednesday that talks had resumed.\n\nGunmen killed three people in the southeastern suburb of Foobar Zara on Tuesday.",
      published: "2024-05-10",
    }),
  ).events;
  const located = events.map((e) => e.location?.value).filter((v) => v?.name === "Foobar Zara");
  assert.ok(located.length > 0 && located.every((v) => v!.precision === "region" && Math.abs(v!.lat! - 32.9) < 0.5));
});
