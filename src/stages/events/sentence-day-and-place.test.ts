import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

function events(body: string, published: string | null = "2025-06-11") {
  return extract(buildArticle({ id: "t", body, published })).events;
}

test("a sentence opening with the day and giving the place at a later verb tells one incident", () => {
  const found = events(
    "On 6 June 2025, two militiamen, who guard a local official, abducted and then sexually assaulted (raped) a woman in Mosul.",
  );
  assert.equal(found.length, 1);
  assert.equal(found[0]?.date?.value.start, "2025-06-06");
  assert.equal(found[0]?.location?.value.name, "Mosul");
});

test("a later verb with a day of its own still tells another incident", () => {
  const found = events(
    "A drone struck a car in Nabatieh during the funeral of a commander who was killed on Monday in a southern village.",
    "2025-06-11",
  );
  assert.equal(found.length, 2);
});

test("rioters setting off crude bombs are one riot, not a riot and a bombing", () => {
  const found = events("On 2 June 2025, rioters (party supporters angered by the vote count) exploded three crude bombs in Khulna city.");
  assert.equal(found.length, 1);
  assert.equal(found[0]?.type?.value, "violent_demonstration");
});
