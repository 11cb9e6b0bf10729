import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "./segment-stage.ts";

const split = (s: string) => splitSentences(s, 0, s.length).map((x) => s.slice(x.start, x.end));

test("splits on full stops but not after abbreviations, titles or initials", () => {
  assert.deepEqual(split("U.S. forces struck a depot on Dec. 3. Gen. John F. Smith said it was hit. Nobody died."), [
    "U.S. forces struck a depot on Dec. 3.",
    "Gen. John F. Smith said it was hit.",
    "Nobody died.",
  ]);
});

test("keeps closing quotes with their sentence", () => {
  assert.deepEqual(split('He said "we will respond." Then he left.'), ['He said "we will respond."', "Then he left."]);
});

test("spans point into the original text", () => {
  const text = "Intro line.\n\nA second line here.";
  for (const s of splitSentences(text, 0, text.length)) assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
});
