import assert from "node:assert/strict";
import { test } from "node:test";
import { acledEventDate } from "./acled-date.ts";

test("a day stays the day", () => {
  assert.equal(acledEventDate("2025-03-04", "day"), "2025-03-04");
});

test("a week is dated on its middle day, with or without its end", () => {
  assert.equal(acledEventDate("2025-03-03", "week", "2025-03-09"), "2025-03-06");
  assert.equal(acledEventDate("2025-03-03", "week"), "2025-03-06");
});

test("a month is dated on its middle day, across a leap February too", () => {
  assert.equal(acledEventDate("2025-11-01", "month", "2025-11-30"), "2025-11-15");
  assert.equal(acledEventDate("2024-02-01", "month"), "2024-02-15");
  assert.equal(acledEventDate("2025-01-01", "month"), "2025-01-16");
});
