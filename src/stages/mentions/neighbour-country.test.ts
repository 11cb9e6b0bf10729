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

test("a country named for its border alone is only a neighbour; its border guards are its own", () => {
  const text = "Gunmen struck near the Afghan border, and Afghan border guards returned fire.";
  const first = text.indexOf("Afghan");
  assert.equal(namedAsNeighbour(text, first, first + "Afghan".length), true);
  const second = text.indexOf("Afghan", first + 1);
  assert.equal(namedAsNeighbour(text, second, second + "Afghan".length), false);
  assert.equal(namedAsNeighbour(text, first), false, "without its end only the words before count");
});
