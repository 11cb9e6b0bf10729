import assert from "node:assert/strict";
import { test } from "node:test";
import { sentenceAround } from "./sentence-around.ts";

test("finds the sentence around a span, on its own line", () => {
  const text = "First line here.\nGen. Omar Said spoke. Karim Haddad left. Then rain.\nLast.";
  const at = text.indexOf("Karim Haddad");
  const sentence = sentenceAround(text, { start: at, end: at + "Karim Haddad".length });
  assert.equal(text.slice(sentence.start, sentence.end), "Karim Haddad left.");
  const omar = text.indexOf("Omar Said");
  const first = sentenceAround(text, { start: omar, end: omar + 9 });
  assert.equal(text.slice(first.start, first.end), "Gen. Omar Said spoke.");
});
