import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { readTokens } from "../read-tokens.ts";
import { joinWeekdayDates } from "./join-weekday-dates.ts";

function joined(sentence: string, published: string | null) {
  const { tokens, ctx } = readTokens(sentence, published);
  return joinWeekdayDates(tokens, sentence, ctx.pub).map((t) => ({
    text: sentence.slice(t.start, t.end),
    source: t.source,
    value: t.value,
  }));
}

describe("joining a weekday to its date", () => {
  it("makes one token of a weekday and the date after it", () => {
    // 12 March 2025 was a Wednesday.
    assert.deepEqual(joined("Troops left on Wednesday, 12 March 2025 at dawn.", null), [
      { text: "on Wednesday, 12 March 2025", source: "weekday-date", value: { start: "2025-03-12", end: "2025-03-12", precision: "day" } },
    ]);
  });

  it("moves a date back to the weekday named beside it when they are one to three days apart", () => {
    const [t] = joined("Troops left on Monday, 12 March 2025.", null);
    assert.equal(t!.source, "weekday-date-corrected");
    assert.deepEqual(t!.value, { start: "2025-03-10", end: "2025-03-10", precision: "day" });
  });

  it("drops a short weekday left alone", () => {
    assert.deepEqual(joined("Sat. 3 rockets fell.", "2025-12-20"), []);
  });
});
