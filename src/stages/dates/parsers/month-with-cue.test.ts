import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { monthWithCue } from "./month-with-cue.ts";
import { only, textsAlone } from "./parser-fixtures.ts";

const month = (start: string, end: string) => ({ start, end, precision: "month" as const });

describe("month with a cue parser", () => {
  it("reads the latest such month on or before publication", () => {
    assert.deepEqual(only(monthWithCue, "The offensive began in September.", "2025-12-20").value, month("2025-09-01", "2025-09-30"));
    assert.deepEqual(only(monthWithCue, "Floods came in December.", "2025-06-10").value, month("2024-12-01", "2024-12-31"));
  });

  it("'last' skips the publication's own month", () => {
    const r = only(monthWithCue, "The envoy visited last December.", "2025-12-20");
    assert.deepEqual(r.value, month("2024-12-01", "2024-12-31"));
    assert.equal(r.source, "month-last");
  });

  it("reads a part of a month", () => {
    assert.deepEqual(textsAlone(monthWithCue, "Shelling eased by mid-April and stopped at the end of May."), [
      "by mid-April",
      "at the end of May",
    ]);
  });

  it("'since' makes a period up to publication", () => {
    const r = only(monthWithCue, "Since March the roads have been closed.", "2025-12-20");
    assert.equal(r.source, "since-month-before-publication");
    assert.equal(r.period, true);
    assert.deepEqual(r.value, { start: "2025-03-01", end: "2025-12-20", precision: "month" });
  });

  it("leaves a month followed by a number to the date parsers", () => {
    assert.deepEqual(textsAlone(monthWithCue, "It happened in March 3 and in June, 2020."), []);
  });
});
