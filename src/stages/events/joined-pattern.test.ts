import assert from "node:assert/strict";
import { test } from "node:test";
import { joinedPattern, topLevelAlternatives } from "./joined-pattern.ts";

test("top-level alternatives keep groups, classes and escapes whole", () => {
  assert.deepEqual(topLevelAlternatives(String.raw`\bfoo|bar(?:x|y)|[|]z|a\|b`), [
    String.raw`\bfoo`,
    "bar(?:x|y)",
    "[|]z",
    String.raw`a\|b`,
  ]);
});

test("a joined pattern shares the word edge of the alternatives that start with one", () => {
  assert.equal(joinedPattern([String.raw`\bvowed\b`, String.raw`\bif\b|^\s*similar`]), String.raw`\b(?:vowed\b|if\b)|^\s*similar`);
});

test("a joined pattern matches the sentences its parts match, and no others", () => {
  const parts = [
    String.raw`\b(?:will|would)\s+strike`,
    String.raw`(?<!\bafter\s)\bmonths of war\b`,
    String.raw`^\s*similar attacks\b|\bso far\b`,
  ];
  const joined = new RegExp(joinedPattern(parts), "i");
  const separate = new RegExp(parts.join("|"), "i");
  const sentences = [
    "They would strike again.",
    "After months of war the town fell.",
    "after months of war",
    "Similar attacks followed.",
    "So far nobody has claimed it.",
    "Unwill strike.",
    "A quiet day in the capital.",
  ];
  for (const sentence of sentences) assert.equal(joined.test(sentence), separate.test(sentence), sentence);
});
