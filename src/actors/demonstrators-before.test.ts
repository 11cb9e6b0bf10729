import assert from "node:assert/strict";
import { test } from "node:test";
import { demonstratorsBefore } from "./demonstrators-before.ts";

/** The words read as the demonstrators of the verb `verb` in `s`. */
function read(s: string, verb: string): string | null {
  const start = s.indexOf(verb);
  const span = demonstratorsBefore(s, { start, end: start + verb.length });
  return span ? s.slice(span.start, span.end) : null;
}

test("the plural noun before a demonstration's verb names its demonstrators", () => {
  assert.equal(read("On Friday, nurses rallied outside the ministry in Accra.", "rallied"), "nurses");
  assert.equal(read("Hundreds of farmers peacefully protested in Pune.", "protested"), "farmers");
  assert.equal(read("Thousands of people demonstrated in Santiago.", "demonstrated"), "people");
});

test("no noun before the verb, or a word that names no people, gives nothing", () => {
  assert.equal(read("A march was held in Dakar on Sunday.", "march"), null);
  assert.equal(read("Last year, this protest drew a large crowd.", "protest"), null);
  assert.equal(read("For two days marched the column.", "marched"), null);
});
