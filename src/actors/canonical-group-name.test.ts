import assert from "node:assert/strict";
import { test } from "node:test";
import { canonicalGroupName, readGroupName } from "./canonical-group-name.ts";

test("names a lexicon group canonically", () => {
  assert.equal(canonicalGroupName("ISIS"), "Islamic State");
  assert.equal(canonicalGroupName("the Islamic State's"), "Islamic State");
  assert.equal(canonicalGroupName("al-Qaida"), "al-Qaeda");
});

test("finds a lexicon group at the end of other capitalised words", () => {
  assert.deepEqual(readGroupName("On Tuesday Hezbollah"), { name: "Hezbollah", offset: 11 });
});

test("keeps the words of a group the lexicon lacks, without the words that open a sentence", () => {
  assert.equal(canonicalGroupName("Ansar Dine"), "Ansar Dine");
  assert.deepEqual(readGroupName("On Friday Ansar Dine"), { name: "Ansar Dine", offset: 10 });
});
