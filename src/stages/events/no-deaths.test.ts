import assert from "node:assert/strict";
import { test } from "node:test";
import { findNoDeaths } from "./no-deaths.ts";

const none = (s: string) => {
  const span = findNoDeaths(s, [{ start: 0, end: s.length }]);
  return span ? s.slice(span.start, span.end) : null;
};

test("nobody killed or hurt, however spelt, is a toll of zero", () => {
  assert.equal(none("Nobody was hurt in the blast, officials said."), "Nobody was hurt");
  assert.equal(none("No one was killed in the fire."), "No one was killed");
  assert.equal(none("Witnesses said no-one was injured."), "no-one was injured");
});

test("a sentence that denies no death is passed over", () => {
  assert.equal(none("Two people were killed in the blast."), null);
});
