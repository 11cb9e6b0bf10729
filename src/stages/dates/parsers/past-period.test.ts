import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { only } from "./parser-fixtures.ts";
import { pastPeriod } from "./past-period.ts";

describe("past period parser", () => {
  it("reads a counted period up to publication as a vague period", () => {
    const r = only(pastPeriod, "Over the past two weeks raids doubled.", "2025-12-20");
    assert.equal(r.text, "Over the past two weeks");
    assert.deepEqual(r.value, { start: "2025-12-06", end: "2025-12-20", precision: "week" });
    assert.equal(r.vague, true);
    assert.equal(r.period, true);
  });

  it("counts months on the calendar, clamping the day", () => {
    const r = only(pastPeriod, "During the last three months the siege tightened.", "2025-05-31");
    assert.deepEqual(r.value, { start: "2025-02-28", end: "2025-05-31", precision: "month" });
  });

  it("has no value when the count is vague", () => {
    assert.equal(only(pastPeriod, "In the past few years the town shrank.", "2025-12-20").value, null);
  });
});
