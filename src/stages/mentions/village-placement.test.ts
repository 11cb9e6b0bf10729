import assert from "node:assert/strict";
import { test } from "node:test";
import { readPlaces as read } from "./place-fixtures.ts";
import { findPlaces } from "./place-finder.ts";

test("a village the gazetteer lacks belongs to the country its own sentence names, not the article's", () => {
  const s = "Israeli jets struck again in southern Lebanon, at the border village of Qaryat Zzyzx.";
  const village = findPlaces(s, 0, s.length, "IL").find((h) => h.place.name === "Qaryat Zzyzx");
  assert.equal(village?.place.country, "LB");
});

test("a country named across a border does not give a village the gazetteer lacks its country", () => {
  const s = "Shells fell on the village of Qaryat Zzyzx in southern Lebanon, some 6 km from the border with Israel.";
  const village = findPlaces(s, 0, s.length, "IL").find((h) => h.place.name === "Qaryat Zzyzx");
  assert.equal(village?.place.country, "LB");
  const t = "Shells fell on the village of Qaryat Zzyzx, some 6 km from the border with Syria.";
  assert.notEqual(findPlaces(t, 0, t.length, "LB").find((h) => h.place.name === "Qaryat Zzyzx")?.place.country, "SY");
});

test("a demonym before what a village is ('the Syrian posts of X') gives the village its country", () => {
  const s = "Rebels in northern Lebanon shelled the Syrian posts of Qaryat Zzyzx on Sunday.";
  const village = findPlaces(s, 0, s.length, "LB").find((h) => h.place.name === "Qaryat Zzyzx");
  assert.equal(village?.place.country, "SY");
});

test("a small village found far from the one province its sentence names is placed in that province", () => {
  const hits = read("Fighting was reported in Rakhine State, where rebels stormed an outpost in Nyaung Chaung village.");
  const village = hits.find((h) => h.text.startsWith("Nyaung Chaung"));
  assert.deepEqual([village?.precision, village?.country], ["admin1", "MM"]);
});

test("a country named as the side that acted gives a village the gazetteer lacks no country", () => {
  const s = "Officials said that Pakistan targeted four locations in Zzyzx District late Tuesday.";
  const hit = findPlaces(s, 0, s.length, "AF").find((h) => h.place.name.startsWith("Zzyzx"));
  assert.equal(hit?.place.country, "AF");
});
