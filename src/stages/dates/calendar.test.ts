import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { dayNumber, isoDay, mondayOf, monthValue, parseIsoDay, weekday, weekdayOnOrBefore, yearValue } from "./calendar.ts";

describe("calendar arithmetic", () => {
  it("round-trips ISO days", () => {
    for (const iso of ["1970-01-01", "2000-02-29", "2025-12-20", "1999-12-31"]) {
      const n = parseIsoDay(iso);
      assert.notEqual(n, null);
      assert.equal(isoDay(n!), iso);
    }
  });

  it("refuses days that do not exist and malformed strings", () => {
    assert.equal(dayNumber(2025, 2, 29), null);
    assert.equal(dayNumber(2025, 4, 31), null);
    assert.equal(dayNumber(2025, 13, 1), null);
    assert.equal(parseIsoDay("2025-2-1"), null);
    assert.equal(parseIsoDay(null), null);
  });

  it("knows the day of the week", () => {
    assert.equal(weekday(parseIsoDay("2025-12-20")!), 6);
    assert.equal(weekday(parseIsoDay("2024-01-09")!), 2);
  });

  it("finds the Monday of a week and a weekday on or before a day", () => {
    const sat = parseIsoDay("2025-12-20")!;
    assert.equal(isoDay(mondayOf(sat)), "2025-12-15");
    assert.equal(isoDay(weekdayOnOrBefore(sat, 5)), "2025-12-19");
    assert.equal(isoDay(weekdayOnOrBefore(sat, 6)), "2025-12-20");
  });

  it("builds whole months and years, carrying months across years", () => {
    assert.deepEqual(monthValue(2026, 0), { start: "2025-12-01", end: "2025-12-31", precision: "month" });
    assert.deepEqual(monthValue(2024, 2), { start: "2024-02-01", end: "2024-02-29", precision: "month" });
    assert.deepEqual(yearValue(2016, 2014), { start: "2014-01-01", end: "2016-12-31", precision: "year" });
  });
});
