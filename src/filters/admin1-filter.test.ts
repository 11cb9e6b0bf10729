import assert from "node:assert/strict";
import { test } from "node:test";
import { resolveAdmin1s } from "./admin1-filter.ts";

test("a division named with or without its kind, in any case, is one division", () => {
  assert.deepEqual(resolveAdmin1s("Borno State"), ["borno"]);
  assert.deepEqual(resolveAdmin1s("Tillabéri Region"), resolveAdmin1s("tillaberi"));
});

test("takes several divisions separated by commas, and nothing for an empty name", () => {
  assert.deepEqual(resolveAdmin1s("Borno State, Yobe"), ["borno", "yobe"]);
  assert.deepEqual(resolveAdmin1s("Borno, borno state"), ["borno"]);
  assert.equal(resolveAdmin1s(" , "), null);
});
