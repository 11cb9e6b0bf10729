import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { only, textsAlone } from "./parser-fixtures.ts";
import { relativeCount } from "./relative-count.ts";

describe("counted relative time parser", () => {
  it("reads hours earlier as the same day's earlier hours", () => {
    const r = only(relativeCount, "Hours earlier a mortar hit the school.", "2025-12-20");
    assert.equal(r.relative, "hours_earlier");
    assert.equal(r.value, null);
  });

  it("reads a day after as the next day, 30 hours before as the previous day", () => {
    assert.equal(only(relativeCount, "A day after the raid, troops withdrew.", null).relative, "next_day");
    assert.equal(only(relativeCount, "Some 30 hours before, a convoy passed.", null).relative, "previous_day");
  });

  it("reads days before as days before, and turns down days after and minutes", () => {
    assert.equal(only(relativeCount, "Two weeks before the vote, offices burned.", null).relative, "days_before");
    assert.deepEqual(textsAlone(relativeCount, "Three days later and minutes after that, more came."), []);
  });
});
