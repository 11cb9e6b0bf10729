import assert from "node:assert/strict";
import { test } from "node:test";
import { classifyLine } from "./classify-line.ts";

test("site furniture is chrome", () => {
  for (const line of [
    "- Advertisement -",
    "ADVERTISEMENT",
    "Exit mobile version",
    "79 SHARES Share Tweet",
    "Credit: Some Agency",
    "More stories",
    "Leave a Reply",
  ]) {
    assert.equal(classifyLine(line).role, "chrome", line);
  }
});

test("an author's biography is chrome", () => {
  assert.equal(classifyLine("Jane Roe is a seasoned security analyst with twenty years in the field. She writes often.").role, "chrome");
});

test("a short line without a full stop is a heading, not prose", () => {
  assert.equal(classifyLine("Militants storm border post, officials say").role, "heading");
  assert.equal(classifyLine("What happened in the valley?").role, "heading");
});

test("a long line that lost its full stop is still prose", () => {
  const line =
    "A teacher who escaped the raid on the village school on Monday morning told reporters that the gunmen took away at least forty pupils and two staff";
  assert.equal(classifyLine(line).role, "body");
});

test("a line with a sentence ending inside it is prose, even when it ends without a full stop", () => {
  assert.equal(classifyLine("On Sunday, nurses protested in Gulu over unpaid wages. Police watched from a distance [photo]").role, "body");
  // A short headline with an abbreviation stays a headline.
  assert.equal(classifyLine("Gen. Okello visits troops in Gulu").role, "heading");
});
