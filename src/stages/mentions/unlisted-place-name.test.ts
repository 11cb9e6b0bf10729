import assert from "node:assert/strict";
import { test } from "node:test";
import { readPlaces as read } from "./place-fixtures.ts";
import { findPlaces } from "./place-finder.ts";

test("a village the gazetteer lacks is kept by name, without coordinates", () => {
  const [hit] = findPlaces("Troops entered the village of Qaryat Zzyzx yesterday.", 0, 55, "SY");
  assert.equal(hit?.place.name, "Qaryat Zzyzx");
  assert.equal(hit?.place.lat, null);
});

test("a name the gazetteer knows only as a district is that district", () => {
  const hits = read("Two soldiers were killed in Maywand on Friday.", "AF");
  assert.deepEqual(hits[0], { text: "Maywand", name: "Maywand", precision: "near", country: "AF" });
});

test("with no country to go by, a loosely spelt town whose every reading lies in one country is found there", () => {
  assert.equal(read("Residents marched in the town of Tillabery on Monday.")[0]?.country, "NE");
});

test("with no country to go by, a loosely spelt hamlet abroad is not believed", () => {
  assert.deepEqual(read("Villagers in Dombe destroyed the house of a man accused of sorcery."), []);
});

test("a district the gazetteer lacks, written 'in the X district', is kept as a place", () => {
  const s = "The strikes hit four locations in the Zzyzx district of the province on Tuesday.";
  const hit = findPlaces(s, 0, s.length, "AF").find((h) => h.place.name === "Zzyzx");
  assert.equal(hit?.place.country, "AF");
});
