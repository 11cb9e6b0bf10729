import assert from "node:assert/strict";
import { test } from "node:test";
import { parseCount, parseYesNo } from "./count-filter.ts";

test("reads whole numbers written in digits from the least allowed up", () => {
  assert.equal(parseCount("5", 0), 5);
  assert.equal(parseCount(" 0 ", 0), 0);
  assert.equal(parseCount("0", 1), null);
  for (const bad of ["5.5", "-1", "five", "", "1e3"]) assert.equal(parseCount(bad, 0), null, bad);
});

test("reads yes, no, true and false in any case, and nothing else", () => {
  assert.equal(parseYesNo("yes"), true);
  assert.equal(parseYesNo("TRUE"), true);
  assert.equal(parseYesNo("no"), false);
  assert.equal(parseYesNo("false"), false);
  assert.equal(parseYesNo("maybe"), null);
});
