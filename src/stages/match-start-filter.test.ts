import assert from "node:assert/strict";
import { test } from "node:test";
import { matchStartFilter } from "./match-start-filter.ts";

const plain = () => false;

/** Every place in `text` where a pattern matches, by the patterns themselves. */
function matchStarts(patterns: string[], text: string): number[] {
  const re = new RegExp(patterns.join("|"), "iy");
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    re.lastIndex = i;
    if (re.test(text)) out.push(i);
  }
  return out;
}

test("lets through every place where one of the patterns matches, whatever the case", () => {
  const patterns = ["air ?strikes?", "(?:suicide )?drones? (?:\\w+ly )?hit", "(?<!general )strikes?", "shell(?:ed|ing)", "\\d{2} killed"];
  const filter = matchStartFilter(patterns, plain)!;
  const text = "AIR STRIKES and a Suicide drone swiftly hit the base; shelling, a general strike, 12 killed.";
  for (const at of matchStarts(patterns, text)) assert.equal(filter.mayStart(text, at), true, `at ${at}`);
});

test("rules out places where no pattern can begin", () => {
  const filter = matchStartFilter(["air ?strikes?", "shell(?:ed|ing)"], plain)!;
  const text = "The army said the town was quiet.";
  assert.deepEqual(
    [...text].map((_, i) => i).filter((i) => filter.mayStart(text, i)),
    [],
  );
  assert.equal(filter.mayStart("shelled", 0), true);
  assert.equal(filter.mayStart("sh", 0), false);
});

test("lets characters beyond ASCII through, which case folding may tie to a pattern's letters", () => {
  const filter = matchStartFilter(["strikes?"], plain)!;
  assert.equal(filter.mayStart("\u017Ftrike", 0), true);
  assert.equal(filter.mayStart("\u00C9trike", 0), true);
});

test("gives no filter for patterns that can begin with any character or match nothing", () => {
  assert.equal(matchStartFilter(["\\w+ly hit"], plain), null);
  assert.equal(matchStartFilter(["(?:attack)?"], plain), null);
  assert.equal(matchStartFilter(["[^a]bc"], plain), null);
});
