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
