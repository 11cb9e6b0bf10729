import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { readTokens } from "../read-tokens.ts";
import { takeLeadingWords } from "./take-leading-words.ts";

function taken(sentence: string) {
  const { tokens, ctx } = readTokens(sentence, "2025-12-20");
  return takeLeadingWords(tokens, sentence, ctx.pub).map((t) => ({
    text: sentence.slice(t.start, t.end),
    source: t.source,
    period: t.period,
  }));
}

describe("taking leading words", () => {
  it("takes a day's preposition into a written date", () => {
    assert.deepEqual(taken("Aid arrived in the early hours of 4 June."), [
      { text: "in the early hours of 4 June", source: "day-month", period: false },
    ]);
  });

  it("takes a season into a year", () => {
    assert.deepEqual(taken("Talks collapsed in the summer of 2019."), [{ text: "in the summer of 2019", source: "year", period: false }]);
  });

  it("turns 'since' and what follows into a period", () => {
    assert.deepEqual(taken("Ever since 2014 the pass has been shut."), [{ text: "Ever since 2014", source: "since-year", period: true }]);
  });
});
