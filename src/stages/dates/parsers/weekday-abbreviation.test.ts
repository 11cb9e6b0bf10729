import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { only, textsAlone } from "./parser-fixtures.ts";
import { weekdayAbbreviation } from "./weekday-abbreviation.ts";

describe("short weekday parser", () => {
  it("reads a short weekday right before a date, with no value of its own", () => {
    const r = only(weekdayAbbreviation, "Wed., Jan. 8: shelling resumed.", "2025-12-20");
    assert.equal(r.text, "Wed.,");
    assert.deepEqual(r.weekday, { dow: 3, abbreviation: true });
    assert.equal(r.value, null);
  });

  it("reads one before a day number", () => {
    assert.deepEqual(textsAlone(weekdayAbbreviation, "Posted Fri 14 March by the desk."), ["Fri"]);
  });

  it("is not read where no date follows", () => {
    assert.deepEqual(textsAlone(weekdayAbbreviation, "The Sun said Mon was quiet."), []);
  });
});
