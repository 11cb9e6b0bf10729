import assert from "node:assert/strict";
import { test } from "node:test";
import { divisionLeadingBody } from "./division-leading-body.ts";

test("a body named after a state starts with that state", () => {
  const found = divisionLeadingBody("Zamfara State Road Traffic Agency");
  assert.equal(found?.words, "Zamfara State");
  assert.equal(found?.division.country, "NG");
  assert.equal(found?.division.kind, "admin1");
});

test("a division alone, or a name that starts with no division, is no body of one", () => {
  assert.equal(divisionLeadingBody("Zamfara State"), null);
  assert.equal(divisionLeadingBody("Islamic State West Africa"), null);
  assert.equal(divisionLeadingBody("Road Traffic Agency"), null);
});
