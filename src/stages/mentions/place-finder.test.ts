import assert from "node:assert/strict";
import { test } from "node:test";
import { findPlaces } from "./place-finder.ts";

const read = (s: string, hint: string | null = null) =>
  findPlaces(s, 0, s.length, hint).map((h) => ({
    text: s.slice(h.start, h.end),
    name: h.place.name,
    precision: h.place.precision,
    country: h.place.country,
  }));

test("a possessive does not glue two names together", () => {
  const hits = read("The blast hit Mogadishu’s busiest market district.", "SO");
  assert.equal(hits[0]?.name, "Mogadishu");
});

test("near and outside make a place near, a province suffix makes it admin1", () => {
  assert.equal(read("Fighting broke out near Aleppo.")[0]?.precision, "near");
  assert.equal(read("Gunmen attacked villages in Zamfara state.", "NG")[0]?.precision, "admin1");
});

test("a compass region of a country or a province is a region", () => {
  assert.deepEqual(
    read("Strikes hit targets in northwestern Syria.").map((h) => h.precision),
    ["region"],
  );
  assert.equal(read("Militants attacked two villages in southwest Erbil.", "IQ")[0]?.precision, "region");
});

test("a village the gazetteer lacks is kept by name, without coordinates", () => {
  const [hit] = findPlaces("Troops entered the village of Qaryat Zzyzx yesterday.", 0, 55, "SY");
  assert.equal(hit?.place.name, "Qaryat Zzyzx");
  assert.equal(hit?.place.lat, null);
});

test("actors and demonyms qualifying actors are not places", () => {
  assert.deepEqual(read("Hamas fighters and Iran-backed militias fired rockets."), []);
});

test("a village the gazetteer lacks belongs to the country its own sentence names, not the article's", () => {
  const s = "Israeli jets struck again in southern Lebanon, at the border village of Qaryat Zzyzx.";
  const village = findPlaces(s, 0, s.length, "IL").find((h) => h.place.name === "Qaryat Zzyzx");
  assert.equal(village?.place.country, "LB");
});

test("a town after a striking verb is read as a place, even alone and small", () => {
  assert.deepEqual(
    read("Israeli warplanes struck Kfarkila.", "LB")
      .filter((h) => h.precision !== "country")
      .map((h) => [h.name, h.country]),
    [["Kfar Kila", "LB"]],
  );
});
