import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { only, textsAlone } from "./parser-fixtures.ts";
import { recentPeriod } from "./recent-period.ts";

describe("recent period parser", () => {
  it("reads 'in recent weeks' as a period with no value", () => {
    const r = only(recentPeriod, "Attacks have grown in recent weeks.", "2025-12-20");
    assert.equal(r.text, "in recent weeks");
    assert.equal(r.value, null);
    assert.equal(r.period, true);
  });

  it("wants a plural unit", () => {
    assert.deepEqual(textsAlone(recentPeriod, "The recent week of talks failed."), []);
  });
});
