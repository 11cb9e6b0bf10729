import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { calendarInThe } from "./calendar-in-the.ts";
import { only } from "./parser-fixtures.ts";

describe("'earlier in the week' parser", () => {
  it("reads earlier in the week as the publication's week before publication", () => {
    // 2025-12-18 was a Thursday.
    const r = only(calendarInThe, "Earlier in the week a patrol vanished.", "2025-12-18");
    assert.deepEqual(r.value, { start: "2025-12-15", end: "2025-12-17", precision: "week" });
    assert.equal(r.source, "calendar-this-week");
  });

  it("reads later in the month as the publication's month", () => {
    assert.deepEqual(only(calendarInThe, "Later in the month the dam broke.", "2025-12-18").value, {
      start: "2025-12-01",
      end: "2025-12-31",
      precision: "month",
    });
  });
});
