import assert from "node:assert/strict";
import { describe, it } from "node:test";

import fc from "fast-check";

import { PARSERS } from "./configuration.ts";
import { headOf } from "./pattern-heads.ts";

/** Words and marks date expressions are made of, few enough that they often come in a date's order. */
const PIECES = [
  "3",
  "12",
  "12-14",
  "4 – 6",
  "12th",
  "2020",
  "1990s",
  "May",
  "Dec.",
  "Friday",
  "Sat",
  "last",
  "in",
  "the",
  "early",
  "of",
  "since",
  "days",
  "ago",
  "later",
  "today",
  "night",
];
const GLUE = [" ", "  ", "-", ", ", ".", "/"];

const sentence = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...GLUE)), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.map(([piece, glue]) => piece + glue).join(""));

describe("pattern heads", () => {
  it("leave out lookarounds and reach over one run of spaces to the next word", () => {
    assert.equal(headOf("(?<![A-Za-z])(?<wd>Monday|Friday)\\s+night(?!s)"), "(?:(?:Monday|Friday)\\s+night)");
  });

  it("end after a second wide element, and after an optional group", () => {
    assert.equal(headOf("(?<d>\\d{1,2})\\s+May"), "(?:(?:\\d{1,2}\\s))");
    assert.equal(headOf("(?:[Ll]ast\\s+)?(?:Monday|Friday)"), "(?:(?:(?:[Ll]ast\\s+)|(?:Monday|Friday)))");
  });

  it("match the start of every match of their parser's pattern", () => {
    const compiled = PARSERS.map((p) => ({ id: p.id, whole: new RegExp(p.pattern, "y"), head: new RegExp(headOf(p.pattern), "y") }));
    fc.assert(
      fc.property(sentence, (s) => {
        for (const { id, whole, head } of compiled)
          for (let at = 0; at < s.length; at++) {
            whole.lastIndex = at;
            if (!whole.test(s)) continue;
            head.lastIndex = at;
            assert.ok(head.test(s), `${id} matches at ${at} of ${JSON.stringify(s)}, its head does not`);
          }
      }),
      { numRuns: 2000 },
    );
  });
});
