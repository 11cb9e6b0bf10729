import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { monthDay } from "./month-day.ts";
import { days, only, textsAlone } from "./parser-fixtures.ts";

describe("month-day parser", () => {
  it("reads a month, day and year", () => {
    const r = only(monthDay, "The pipeline was cut on Feb. 14, 2023 near the border.", "2025-12-20");
    assert.equal(r.text, "Feb. 14, 2023");
    assert.deepEqual(r.value, days("2023-02-14"));
    assert.equal(r.source, "month-day-year");
  });

  it("reads a month and day against the publication's year", () => {
    const r = only(monthDay, "Protesters gathered on October 3rd outside the ministry.", "2025-12-20");
    assert.deepEqual(r.value, days("2025-10-03"));
    assert.equal(r.source, "month-day");
    assert.equal(r.implied, true);
  });

  it("reads a run of days", () => {
    assert.deepEqual(only(monthDay, "Fighting on July 4-6 emptied the town.", "2025-12-20").value, days("2025-07-04", "2025-07-06"));
  });

  it("does not read a month followed by a larger number", () => {
    assert.deepEqual(textsAlone(monthDay, "In March 1,200 people fled, and in May 3.5 tonnes of aid came."), []);
  });
});
