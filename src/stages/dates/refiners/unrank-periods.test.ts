import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { readTokens } from "../read-tokens.ts";
import { unrankPeriods } from "./unrank-periods.ts";

function periods(sentence: string): boolean[] {
  const { tokens } = readTokens(sentence, "2025-12-20");
  return unrankPeriods(tokens, sentence, null).map((t) => t.period);
}

describe("periods that rank one incident", () => {
  it("are no longer periods after a superlative in the same clause", () => {
    assert.deepEqual(periods("It was the bloodiest ambush this year."), [false]);
  });

  it("stay periods when the superlative is in an earlier sentence part", () => {
    assert.deepEqual(periods("It was the bloodiest ambush. Forty died this year."), [true]);
  });
});
