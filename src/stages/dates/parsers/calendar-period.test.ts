import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { calendarPeriod } from "./calendar-period.ts";
import { only, textsAlone } from "./parser-fixtures.ts";

// 2025-12-20 was a Saturday.
const PUB = "2025-12-20";

describe("this/last period parser", () => {
  it("reads last week as the Monday-to-Sunday week before publication's", () => {
    const r = only(calendarPeriod, "The border closed last week.", PUB);
    assert.deepEqual(r.value, { start: "2025-12-08", end: "2025-12-14", precision: "week" });
    assert.equal(r.source, "calendar-last-week");
    assert.equal(r.period, false);
  });

  it("reads 'this year' alone as a running total, 'earlier this year' as a date", () => {
    const total = only(calendarPeriod, "Ninety were killed this year.", PUB);
    assert.equal(total.period, true);
    assert.deepEqual(total.value, { start: "2025-01-01", end: "2025-12-31", precision: "year" });
    assert.equal(only(calendarPeriod, "The mayor was shot earlier this year.", PUB).period, false);
  });

  it("reads 'so far this month' as a period", () => {
    assert.equal(only(calendarPeriod, "So far this month six convoys were hit.", PUB).period, true);
  });

  it("is not read after 'the'", () => {
    assert.deepEqual(textsAlone(calendarPeriod, "It was the last week of the war."), []);
  });
});
