import assert from "node:assert/strict";
import { test } from "node:test";
import { publicationDay } from "./publication-day.ts";

test("a publication date becomes the day it names, in the publisher's own time zone", () => {
  assert.equal(publicationDay("2025-06-10T23:30:00-04:00"), "2025-06-10");
  assert.equal(publicationDay("2025-06-10T01:15:00+03:00"), "2025-06-10");
  assert.equal(publicationDay("2025-06-10"), "2025-06-10");
  assert.equal(publicationDay("2025-06-10 08:00"), "2025-06-10");
  assert.equal(publicationDay("Tue, 10 Jun 2025 04:00:00 +0300"), "2025-06-10");
  assert.equal(publicationDay("3 March 2025 10:00 GMT"), "2025-03-03");
  assert.equal(publicationDay("Mon, 03 Mar 25 10:00:00 GMT"), "2025-03-03");
});

test("what is not a date gives null", () => {
  for (const text of [null, undefined, "", "yesterday", "2025-02-30T00:00:00Z", "31 Foo 2025", "20250610"]) {
    assert.equal(publicationDay(text), null, String(text));
  }
});
