import assert from "node:assert/strict";
import { test } from "node:test";
import { findPlaces } from "./place-finder.ts";
import { isLocative, scanPlaceNames, suffixOf } from "./place-name-candidates.ts";

test("reads capitalised names without leading words that cannot start a place, nor actors", () => {
  const s = "On Tuesday Hamas fighters attacked posts near Khan Younis and in Zamfara state.";
  const scan = scanPlaceNames(s, 0, s.length);
  assert.deepEqual(
    scan.names.map((c) => c.name),
    ["Khan Younis", "Zamfara"],
  );
  const [khan, zamfara] = scan.names;
  assert.equal(isLocative(khan!), true);
  assert.equal(suffixOf(zamfara!)?.[1], "state");
});

test("a word that is a title elsewhere stays when it is part of a country's name", () => {
  const s = "Rebels seized a mining town in DR Congo, and Dr Amani treated the wounded.";
  assert.deepEqual(
    findPlaces(s, 0, s.length, null).map((h) => [s.slice(h.start, h.end), h.place.country]),
    [["DR Congo", "CD"]],
  );
});

test("a sentence read again under the article's country gives what a fresh reading gives", () => {
  const s = "Gunmen killed five people in Tripoli, north of Beirut, and shelled southwest Erbil and northwestern Syria.";
  const scan = scanPlaceNames(s, 0, s.length);
  findPlaces(s, 0, s.length, null, undefined, scan);
  for (const hint of ["LB", "LY", "IQ", null]) {
    assert.deepEqual(findPlaces(s, 0, s.length, hint, undefined, scan), findPlaces(s, 0, s.length, hint));
  }
});

test("a scan of another stretch is not reused", () => {
  const s = "BEIRUT: Strikes hit Tyre in southern Lebanon.";
  const scan = scanPlaceNames(s, 0, s.length);
  assert.deepEqual(findPlaces(s, 8, s.length, "LB", undefined, scan), findPlaces(s, 8, s.length, "LB"));
});

test("a Persian name joined by -e- is one name", () => {
  const text = "Fighters attacked a post in Rabat-e Sangi-ye Pain district and near Mazar-e Sharif.";
  assert.deepEqual(
    scanPlaceNames(text, 0, text.length).names.map((n) => n.name),
    ["Fighters", "Rabat-e Sangi-ye Pain", "Mazar-e Sharif"],
  );
});

test("a leading initialism stays part of the name: 'DR Congo' is not the title 'Dr' before Congo", () => {
  const t = "Shells fell on a market in Foobarville, DR Congo, on Sunday.";
  const names = scanPlaceNames(t, 0, t.length).names.map((n) => n.name);
  assert.ok(names.includes("DR Congo"));
  const u = "A letter from Dr Kambale reached the clinic.";
  assert.ok(!scanPlaceNames(u, 0, u.length).names.some((n) => n.name.startsWith("Dr")));
});
