import assert from "node:assert/strict";
import { test } from "node:test";
import { withinReachOfCountry } from "./within-reach-of-country.ts";

test("a town just across a border is within reach of the neighbouring country", () => {
  // Mandera, Kenya, on the Somali border.
  assert.equal(withinReachOfCountry({ lat: 3.94, lon: 41.86 }, "SO", 500), true);
});

test("a town at the far end of a neighbour is out of reach", () => {
  // Tanga, on Tanzania's coast, a thousand kilometres from the Congo.
  assert.equal(withinReachOfCountry({ lat: -5.07, lon: 39.1 }, "CD", 500), false);
});

test("a place without coordinates is taken as within reach", () => {
  assert.equal(withinReachOfCountry({ lat: null, lon: null }, "CD", 500), true);
});
