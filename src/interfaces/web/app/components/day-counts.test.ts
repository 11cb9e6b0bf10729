import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countByDay, dayToTime, timeToDay } from "./day-counts.ts";

describe("timeline counts", () => {
  it("counts events and their deaths per day, in day order, leaving undated events out", () => {
    const counts = countByDay([
      { date: "2025-03-02", fatalities: { min: 3 } },
      { date: "2025-03-01", fatalities: null },
      { date: "2025-03-02", fatalities: { min: 1 } },
      { date: null, fatalities: { min: 9 } },
    ]);
    assert.deepEqual(counts, [
      { day: "2025-03-01", count: 1, deaths: 0 },
      { day: "2025-03-02", count: 2, deaths: 4 },
    ]);
  });

  it("turns days into instants and back without a time zone shift", () => {
    assert.equal(timeToDay(dayToTime("2025-12-31")), "2025-12-31");
  });
});
