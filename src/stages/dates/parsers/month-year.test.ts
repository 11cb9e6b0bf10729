import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { monthYear } from "./month-year.ts";
import { only, textsAlone } from "./parser-fixtures.ts";

describe("month-year parser", () => {
  it("reads a month of a written year", () => {
    const r = only(monthYear, "The base was abandoned in August of 2019.", "2025-12-20");
    assert.equal(r.text, "August of 2019");
    assert.deepEqual(r.value, { start: "2019-08-01", end: "2019-08-31", precision: "month" });
    assert.equal(r.lead, "coarse");
  });

  it("reads a short month with its full stop", () => {
    assert.deepEqual(textsAlone(monthYear, "Since Nov. 2022 the road has been shut."), ["Nov. 2022"]);
  });

  it("does not read a year that is part of a larger number", () => {
    assert.deepEqual(textsAlone(monthYear, "In June 2020.5 percent of the stock was lost."), []);
  });
});
