import assert from "node:assert/strict";
import { test } from "node:test";
import { reportingVerbs } from "./reporting-verbs.ts";

const reads = (reading: Parameters<typeof reportingVerbs>[0], words: string) =>
  new RegExp(`^(?:${reportingVerbs(reading)})$`, "i").test(words);

test("each reading looks for its own reporting verbs, as the lexicon lists them", () => {
  assert.equal(reads("quote-verb-first", "said"), true);
  assert.equal(reads("quote-verb-first", "announced"), false);
  assert.equal(reads("made-known", "disclosed"), true);
  assert.equal(reads("made-known", "said"), false);
});

test("a form written as a pattern reads the words it stands for", () => {
  assert.equal(reads("quote-after", "told the news agency"), true);
  assert.equal(reads("own-act", "told reporters"), true);
  assert.equal(reads("own-act", "told"), false);
});

test("phrases are forms too: the source named after 'according to'", () => {
  assert.equal(reads("source-before-actor", "according to"), true);
  assert.equal(reads("claimant-before", "according to"), true);
  assert.equal(reads("claimant-after", "according to"), false);
});

test("words of saying have readings of their own where they stop another reading", () => {
  assert.equal(reads("where-said", "briefed"), true);
  assert.equal(reads("where-said", "announced"), false);
  assert.equal(reads("crowd-speaks", "alleged"), true);
  assert.equal(reads("crowd-speaks", "added"), false);
});
