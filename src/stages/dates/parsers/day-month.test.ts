import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { dayMonth } from "./day-month.ts";
import { days, only, textsAlone } from "./parser-fixtures.ts";

describe("day-month parser", () => {
  it("reads a day, month and year", () => {
    const r = only(dayMonth, "Polling stations closed on 3 November 2020 at dusk.", "2025-12-20");
    assert.equal(r.text, "3 November 2020");
    assert.deepEqual(r.value, days("2020-11-03"));
    assert.equal(r.source, "day-month-year");
    assert.equal(r.implied, false);
  });

  it("takes the publication's year when none is written, the year before when that date is still to come", () => {
    assert.deepEqual(only(dayMonth, "Convoys moved on 2nd of March.", "2025-12-20").value, days("2025-03-02"));
    assert.deepEqual(only(dayMonth, "Convoys moved on 28 Dec.", "2025-12-20").value, days("2024-12-28"));
  });

  it("reads a run of days in one month", () => {
    const r = only(dayMonth, "Talks ran 11 to 13 June in Doha.", "2025-12-20");
    assert.deepEqual(r.value, days("2025-06-11", "2025-06-13"));
  });

  it("has no value without a year or a publication date", () => {
    assert.equal(only(dayMonth, "Aid arrived on 9 May.", null).value, null);
  });

  it("turns down a day the month does not have, and numbers inside larger numbers", () => {
    assert.deepEqual(textsAlone(dayMonth, "Nothing on 31 September; 1,5 March is a typo."), []);
  });
});
