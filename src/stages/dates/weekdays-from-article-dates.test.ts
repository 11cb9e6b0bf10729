import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { findTimeExpressions } from "./find-time-expressions.ts";
import { weekdaysFromArticleDates } from "./weekdays-from-article-dates.ts";

/** Every expression of a text read one sentence at a time, then as a whole article. */
function read(text: string, published: string | null) {
  const found = [];
  let start = 0;
  for (const sentence of text.split(/(?<=\.)\s+/)) {
    const at = text.indexOf(sentence, start);
    found.push(...findTimeExpressions(text, { start: at, end: at + sentence.length }, published));
    start = at + sentence.length;
  }
  return weekdaysFromArticleDates(found);
}

describe("weekdays from the article's own dates", () => {
  it("an undated weekday takes the day the article writes out for it", () => {
    // 9 March 2025 was a Sunday.
    const text = "Gunmen attacked a market on Sunday. The ministry condemned the attack of Sunday 09/03/2025.";
    const sunday = read(text, null).find((t) => t.text === "on Sunday")!;
    assert.deepEqual(sunday.value, { start: "2025-03-09", end: "2025-03-09", precision: "day" });
    assert.equal(sunday.source, "weekday-from-article-date");
  });

  it("a date written without its weekday counts when it falls on that weekday", () => {
    const text = "Gunmen attacked a market on Sunday. The funeral for those killed on 9 March 2025 drew thousands.";
    assert.equal(read(text, null).find((t) => t.text === "on Sunday")!.value?.start, "2025-03-09");
  });

  it("stays unresolved when the written date falls on another weekday or two dates could be meant", () => {
    assert.equal(read("Gunmen attacked a market on Monday. Talks opened on 9 March 2025.", null)[0]!.value, null);
    const two = "Gunmen attacked a market on Sunday. Rallies were held on 9 March 2025 and on 16 March 2025.";
    assert.equal(read(two, null)[0]!.value, null);
  });

  it("leaves weekdays read from a publication date alone", () => {
    const text = "Gunmen attacked a market on Sunday. A Sunday 02/03/2025 rally had been calm.";
    assert.equal(read(text, "2025-03-10")[0]!.value?.start, "2025-03-09");
  });
});
