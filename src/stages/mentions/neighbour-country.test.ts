import { test } from "node:test";
import assert from "node:assert/strict";
import { namedAsNeighbour } from "./neighbour-country.ts";

const at = (text: string, word: string) => namedAsNeighbour(text, text.indexOf(word));

test("a country after 'the border with' is the neighbour across it", () => {
  assert.equal(at("The shelling hit Mazraat, some 6 km from the border with Syria.", "Syria"), true);
  assert.equal(at("Farmers in a district bordering Chad fled.", "Chad"), true);
});

test("a country the place lies in is not a neighbour", () => {
  assert.equal(at("The shelling hit Mazraat in Syria on Sunday.", "Syria"), false);
  assert.equal(at("Troops crossed the border into Chad.", "Chad"), false);
});
