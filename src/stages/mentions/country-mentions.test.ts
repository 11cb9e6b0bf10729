import assert from "node:assert/strict";
import { test } from "node:test";
import { readPlaces as read } from "./place-fixtures.ts";
import { findPlaces } from "./place-finder.ts";

test("a compass part of a country written out ('an eastern border region of X') is a region of that country", () => {
  assert.deepEqual(
    read("Jets bombed homes in a southern border region of Syria on Monday.", "JO").map((h) => [h.text, h.precision, h.country]),
    [["southern border region of Syria", "region", "SY"]],
  );
});

test("a country's name before those who speak for it is a demonym", () => {
  const hits = findPlaces("A Syria security official denied it.", 0, 36, null);
  assert.deepEqual(
    hits.map((h) => [h.place.country, h.countryOnly, h.demonym]),
    [["SY", true, true]],
  );
  assert.equal(findPlaces("Troops entered Syria last week.", 0, 31, null)[0]?.demonym, false);
});

test("a state's forces named with its country are no place, but name the country", () => {
  const hits = findPlaces("Rebels ambushed a Pakistan Army convoy on the highway.", 0, 54, null);
  assert.deepEqual(
    hits.map((h) => [h.place.country, h.countryOnly, h.contextOnly]),
    [["PK", true, true]],
  );
});
