import assert from "node:assert/strict";
import { test } from "node:test";
import { compareText } from "./compare-text.ts";

test("orders by code unit: capitals before lower case, whatever the locale", () => {
  assert.deepEqual(["b", "a", "B", "al-Qaeda", "Zeta"].sort(compareText), ["B", "Zeta", "a", "al-Qaeda", "b"]);
  assert.equal(compareText("x", "x"), 0);
});
