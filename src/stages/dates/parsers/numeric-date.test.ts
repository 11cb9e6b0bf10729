import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { numericDate } from "./numeric-date.ts";
import { days, only, textsAlone } from "./parser-fixtures.ts";

describe("numeric date parser", () => {
  it("reads the day first", () => {
    const r = only(numericDate, "Curfew began on 04/06/2022 in the district.", null);
    assert.deepEqual(r.value, days("2022-06-04"));
    assert.equal(r.source, "numeric-dmy");
  });

  it("reads the month first when the second number cannot be a month", () => {
    const r = only(numericDate, "The ceasefire of 06.25.2021 held briefly.", null);
    assert.deepEqual(r.value, days("2021-06-25"));
    assert.equal(r.source, "numeric-mdy");
  });

  it("wants the same separator twice", () => {
    assert.deepEqual(textsAlone(numericDate, "Form 12/05-2020 was lost."), []);
  });

  it("turns down a day that does not exist", () => {
    assert.deepEqual(textsAlone(numericDate, "Filed 31/04/2020 in error."), []);
  });
});
