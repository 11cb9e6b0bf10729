import assert from "node:assert/strict";
import { test } from "node:test";
import { editValueProblem, upgradeStoredEditValue } from "./edit-value-shape.ts";
import { toReview } from "./review-rows.ts";

test("each field's stored shape is accepted and null clears every field but the type", () => {
  assert.equal(editValueProblem("type", "armed_clash"), null);
  assert.equal(editValueProblem("date", { date: "2025-01-02", date_precision: "week", date_end: "2025-01-08" }), null);
  assert.equal(editValueProblem("location", { name: "Gao", admin1: null, country: "ML", lat: 16.3, lon: -0.04, precision: "exact" }), null);
  assert.equal(editValueProblem("actor1", "Ridge Brigade"), null);
  assert.equal(editValueProblem("fatalities", { min: 2, max: null }), null);
  assert.equal(editValueProblem("injured", 0), null);
  for (const field of ["date", "location", "actor1", "actor2", "fatalities", "injured"] as const)
    assert.equal(editValueProblem(field, null), null, field);
  assert.match(editValueProblem("type", null)!, /event type slug/);
});

test("values of another shape are named with what is wrong", () => {
  assert.match(editValueProblem("date", "2025-01-02")!, /expected \{date, date_precision, date_end\}/);
  assert.match(editValueProblem("date", { date: "2025-01-02" })!, /lacks key\(s\) date_precision, date_end/);
  assert.match(
    editValueProblem("date", { date: "2025-01-02", date_precision: "era", date_end: null })!,
    /date_precision: expected one of day, week, month, year/,
  );
  assert.match(editValueProblem("date", { date: null, date_precision: "day", date_end: null })!, /undated/);
  assert.match(
    editValueProblem("location", { name: "Gao", admin1: null, country: "ML", lat: 16, lon: null, precision: "exact" })!,
    /both or neither/,
  );
  assert.match(editValueProblem("location", { name: "Gao", extra: 1 })!, /unknown key\(s\) extra/);
  assert.match(editValueProblem("fatalities", { min: 1.5, max: 2 })!, /min: expected a whole number/);
  assert.match(editValueProblem("injured", -3)!, /whole number/);
  assert.match(editValueProblem("actor2", "  ")!, /non-empty text/);
  assert.equal(editValueProblem("injured", undefined), "is missing");
});

test("a date edit recorded as a bare day or null by an earlier version is read as the date it meant", () => {
  assert.deepEqual(upgradeStoredEditValue("date", "2025-01-02"), { date: "2025-01-02", date_precision: "day", date_end: null });
  assert.deepEqual(upgradeStoredEditValue("date", null), { date: null, date_precision: null, date_end: null });
  assert.equal(upgradeStoredEditValue("injured", 4), 4);
  const row = {
    seq: 3,
    anchor: "a#0",
    action: "edit" as const,
    field: "date",
    value: '"2025-01-02"',
    by_name: "x",
    at: "t",
    before: "{}",
    note: null,
  };
  assert.deepEqual(toReview(row).value, { date: "2025-01-02", date_precision: "day", date_end: null });
});
