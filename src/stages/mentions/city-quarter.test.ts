import assert from "node:assert/strict";
import { test } from "node:test";
import { findPlaces } from "./place-finder.ts";

test("a name written in a large city is a quarter of it, not a far-off town of that name", () => {
  const at = (s: string) => findPlaces(s, 0, s.length, "NG").map((h) => [s.slice(h.start, h.end), h.place.lat, h.place.lon]);
  const city = at("in Abuja")[0]!;
  assert.deepEqual(at("Rival crowds clashed at Dutse in Abuja on Tuesday.")[0], ["Dutse", city[1], city[2]]);
  assert.deepEqual(at("Crowds marched at Dutse and Garki in Abuja.")[0], ["Dutse", city[1], city[2]]);
});
