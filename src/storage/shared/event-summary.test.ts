import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { cellKey, periodStart } from "./event-summary.ts";

describe("counting by period and cell", () => {
  it("starts weeks on Monday, across a month and a year's end", () => {
    assert.equal(periodStart("2025-04-07", "week"), "2025-04-07");
    assert.equal(periodStart("2025-04-13", "week"), "2025-04-07");
    assert.equal(periodStart("2026-01-01", "week"), "2025-12-29");
  });

  it("starts months and years on their first day", () => {
    assert.equal(periodStart("2025-04-30", "month"), "2025-04-01");
    assert.equal(periodStart("2025-04-30", "year"), "2025-01-01");
    assert.equal(periodStart("2025-04-30", "day"), "2025-04-30");
  });

  it("puts points either side of the equator and the prime meridian in different cells", () => {
    assert.notEqual(cellKey(0.1, 0.1, 1), cellKey(-0.1, 0.1, 1));
    assert.notEqual(cellKey(0.1, 0.1, 1), cellKey(0.1, -0.1, 1));
    assert.equal(cellKey(0.1, 0.1, 1), cellKey(0.9, 0.9, 1));
  });
});
