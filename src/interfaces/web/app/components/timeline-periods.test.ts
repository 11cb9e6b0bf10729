import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { choosePeriod, periodEnd } from "./timeline-periods.ts";

describe("timeline periods", () => {
  it("draws days over a season, weeks over a few years, months over decades", () => {
    assert.equal(choosePeriod("2025-01-01", "2025-03-31"), "day");
    assert.equal(choosePeriod("2023-01-01", "2025-12-31"), "week");
    assert.equal(choosePeriod("2010-01-01", "2025-12-31"), "month");
    assert.equal(choosePeriod("1900-01-01", "2025-12-31"), "year");
  });

  it("ends a period where the next one starts, across month lengths and leap years", () => {
    const day = (t: number) => new Date(t).toISOString().slice(0, 10);
    assert.equal(day(periodEnd("2024-02-01", "month")), "2024-03-01");
    assert.equal(day(periodEnd("2024-02-26", "week")), "2024-03-04");
    assert.equal(day(periodEnd("2024-02-28", "day")), "2024-02-29");
    assert.equal(day(periodEnd("2024-01-01", "year")), "2025-01-01");
  });
});
