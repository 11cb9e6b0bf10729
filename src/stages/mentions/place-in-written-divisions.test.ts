import assert from "node:assert/strict";
import { test } from "node:test";
import { readPlaces as read } from "./place-fixtures.ts";

test("the divisions written beside a village choose its country: a word of a district's name is no town abroad", () => {
  const hits = read("Insurgents burned homes in Foobarvillage (Mocimboa da Praia, Cabo Delgado) overnight.");
  assert.ok(hits.length > 0);
  assert.ok(hits.every((h) => h.country === "MZ"));
});

test("a village the gazetteer lacks is placed at the province written beside it", () => {
  const hits = read("Shells fell near Foobarivka, Kharkiv, on Monday.");
  assert.deepEqual(hits[0], { text: "Foobarivka", name: "Foobarivka", precision: "admin1", country: "UA" });
});

test("a compass word in brackets is the province of that name", () => {
  const hits = read("Drones struck a house in Foobarine (Tyr, South) on Sunday.");
  assert.deepEqual(hits[0], { text: "Foobarine", name: "Foobarine", precision: "near", country: "LB" });
});

test("a single town in brackets after a village is where the village is", () => {
  const hits = read("Jets struck the outskirts of Foobarine (Tyr) on Monday.");
  assert.equal(hits[0]?.country, "LB");
});

test("a kind word after a name's brackets leaves the divisions after it in its context", () => {
  const hits = read("A drone strike killed six fighters in Foobarkay (Suki) district, Kunar.");
  assert.equal(hits[0]?.country, "AF");
});
