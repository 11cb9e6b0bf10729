import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { isoDate } from "./iso-date.ts";
import { days, only, textsAlone } from "./parser-fixtures.ts";

describe("ISO date parser", () => {
  it("reads a year-month-day date as that day, whatever the publication date", () => {
    const r = only(isoDate, "The depot burned on 2024-03-09 according to the log.", "2025-12-20");
    assert.equal(r.text, "2024-03-09");
    assert.deepEqual(r.value, days("2024-03-09"));
    assert.equal(r.implied, false);
    assert.equal(r.source, "iso-date");
  });

  it("turns down a day the calendar does not have", () => {
    assert.deepEqual(textsAlone(isoDate, "Logged 2023-02-30 by the clerk."), []);
  });

  it("leaves out numbers that run on into more digits or dots", () => {
    assert.deepEqual(textsAlone(isoDate, "Reference 12024-03-09 and build 1.2024-03-091 were filed."), []);
  });
});
