import assert from "node:assert/strict";
import { test } from "node:test";
import { describeDifferences } from "./describe-differences.ts";

test("equal documents have no differences", () => {
  assert.deepEqual(describeDifferences({ a: [1, { b: null }] }, { a: [1, { b: null }] }), []);
});

test("a changed field is named by its path with both values", () => {
  const expected = { events: [{ fatalities: { value: { min: 9, max: 9 } } }] };
  const actual = { events: [{ fatalities: { value: { min: 8, max: 9 } } }] };
  assert.deepEqual(describeDifferences(expected, actual), ["events[0].fatalities.value.min: expected 9, got 8"]);
});

test("an event found or lost is named with the count and the item", () => {
  assert.deepEqual(describeDifferences({ events: [] }, { events: [{ type: "arrests" }] }), [
    "events: expected 0 items, got 1",
    'events[0]: unexpected {"type":"arrests"}',
  ]);
  assert.deepEqual(describeDifferences({ weekday: "friday" }, {}), ['weekday: missing (expected "friday")']);
});
