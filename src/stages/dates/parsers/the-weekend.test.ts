import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { only } from "./parser-fixtures.ts";
import { theWeekend } from "./the-weekend.ts";

describe("'over the weekend' parser", () => {
  it("reads the weekend just gone when published on a weekday", () => {
    // 2025-12-17 was a Wednesday.
    const r = only(theWeekend, "Clashes flared over the weekend.", "2025-12-17");
    assert.deepEqual(r.value, { start: "2025-12-13", end: "2025-12-14", precision: "week" });
  });

  it("reads the weekend publication falls in", () => {
    // 2025-12-21 was a Sunday.
    assert.deepEqual(only(theWeekend, "Crowds marched during the weekend.", "2025-12-21").value, {
      start: "2025-12-20",
      end: "2025-12-21",
      precision: "week",
    });
  });
});
