import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { dayMonthYearHyphenated } from "./day-month-year-hyphenated.ts";
import { days, only, textsAlone } from "./parser-fixtures.ts";

describe("hyphenated day-month-year parser", () => {
  it("reads a day, month name and year joined by hyphens", () => {
    const r = only(dayMonthYearHyphenated, "Incident logged 07-Aug-2021 at the checkpoint.", null);
    assert.deepEqual(r.value, days("2021-08-07"));
    assert.equal(r.source, "day-month-year");
  });

  it("leaves out a date that runs on into more numbers", () => {
    assert.deepEqual(textsAlone(dayMonthYearHyphenated, "Case 07-Aug-2021-3 was closed."), []);
  });
});
