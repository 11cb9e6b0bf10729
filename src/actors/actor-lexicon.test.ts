import assert from "node:assert/strict";
import { test } from "node:test";
import { actorByAlias, countriesOf } from "./actor-lexicon.ts";

test("a group that fights in several countries lists them all, its home first", () => {
  const iswap = actorByAlias("ISWAP")!;
  assert.equal(iswap.country, "NG");
  assert.deepEqual([...countriesOf(iswap)].sort(), ["CM", "NE", "NG", "TD"]);
});

test("a group of one country is supported there alone", () => {
  assert.deepEqual(countriesOf(actorByAlias("FARDC")!), ["CD"]);
});

test("the Congolese national police are known by their French name", () => {
  assert.equal(actorByAlias("Police Nationale Congolaise")?.name, "Police Forces of the Democratic Republic of Congo");
});
