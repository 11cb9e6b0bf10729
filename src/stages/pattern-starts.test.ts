import assert from "node:assert/strict";
import { test } from "node:test";
import { patternStarts } from "./pattern-starts.ts";

const plain = () => false;

/** The patterns that match at `at`, by the patterns themselves. */
function matching(patterns: string[], text: string, at: number): number[] {
  return patterns
    .map((p, i) => {
      const re = new RegExp(p, "iy");
      re.lastIndex = at;
      return re.test(text) ? i : -1;
    })
    .filter((i) => i >= 0);
}

function candidates(patterns: string[], text: string, at: number): number[] {
  const starts = patternStarts(patterns, plain)!;
  const out = new Int32Array(patterns.length);
  return [...out.subarray(0, starts.candidates(text, at, out))];
}

test("names every pattern that matches at a place, in the patterns' order", () => {
  const patterns = [
    "shell(?:ed|ing)",
    "air ?strikes?",
    "(?:suicide )?drones? (?:\\w+ly )?hit",
    "(?<!general )strikes?",
    "\\d{2,} killed",
    "air",
  ];
  const text = "AIR STRIKES and a Suicide drone swiftly hit the base; shelling, a general strike, 12 killed.";
  for (let at = 0; at < text.length; at++) {
    const named = candidates(patterns, text, at);
    for (const i of matching(patterns, text, at)) assert.ok(named.includes(i), `pattern ${i} at ${at}`);
    assert.deepEqual(
      named,
      [...named].sort((a, b) => a - b),
    );
  }
  assert.deepEqual(candidates(patterns, text, 0), [1, 5]);
});

test("names no pattern where none can begin", () => {
  const text = "The army said the town was quiet.";
  for (let at = 0; at < text.length; at++) assert.deepEqual(candidates(["air ?strikes?", "shell(?:ed|ing)"], text, at), []);
});

test("names every pattern that could go on through a character beyond ASCII", () => {
  assert.deepEqual(candidates(["shell(?:ed|ing)", "strikes?", "air"], "sh\u0130lled", 0), [0]);
  assert.deepEqual(candidates(["shell(?:ed|ing)", "strikes?", "air"], "\u017Ftrike", 0), [0, 1, 2]);
});

test("gives nothing for patterns one of which can begin with any character or match nothing", () => {
  assert.equal(patternStarts(["air", "\\w+ly hit"], plain), null);
  assert.equal(patternStarts(["(?:attack)?"], plain), null);
});
