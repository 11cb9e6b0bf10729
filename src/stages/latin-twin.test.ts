import assert from "node:assert/strict";
import { test } from "node:test";
import { isLatinText, latinTwin, patternFor, twin } from "./latin-twin.ts";

const all = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m.slice().join("|")}`);

const TEXTS = [
  "Gen. Abdel-Fattah al-Burhan’s forces shelled Omdurman on Tuesday, killing at least 12 civilians.",
  "In Zaporizhzhia, Ukrainian officials said Russian drones struck São Tomé Street and Ciudad Bolívar.",
  "KABUL — The Taliban’s “interior ministry” said two gunmen were shot dead; Ñuñoa and Łódź were quiet.",
  "strikes and STRIKES, Killed and KILLED: 3 dead, Óscar Ruiz-Díaz injured.",
];

test("a twin matches what its unicode original matches on Latin text", () => {
  const patterns = [
    /(?<![\p{L}\p{N}'’-])(?:(?:al|el)-)?\p{Lu}[\p{L}'’]*(?:(?:\s|-)\p{Lu}[\p{L}'’]*)*/gu,
    /\b(north|south|east|west)(?:ern)?\s+(\p{Lu}[\p{L}]+)/giu,
    /\b(?:killed|dead)\s+((?:[\p{L}.'’-]+\s+){0,3})/giu,
    /[^\p{L}\s]+/gu,
    /\P{Ll}+/gu,
    /\p{Lu}\p{Ll}+/giu,
  ];
  for (const re of patterns) {
    const latin = latinTwin(re);
    assert.equal(latin.unicode, false);
    for (const text of TEXTS) assert.deepEqual(all(latin, text), all(re, text), `${re} on ${text}`);
  }
});

test("a pattern without the unicode flag is its own twin", () => {
  const re = /\bstrikes?\b/gi;
  assert.equal(latinTwin(re), re);
});

test("text beyond Latin letters and punctuation goes to the unicode original", () => {
  assert.equal(isLatinText("Kyiv – “Odesa” … São Paulo"), true);
  assert.equal(isLatinText("Київ"), false);
  assert.equal(isLatinText("دمشق"), false);
  assert.equal(isLatinText("a 😀 b"), false);
  // The long s folds to "s" under the unicode flag: never read by a twin.
  assert.equal(isLatinText("ſtrike"), false);
  const pair = twin(/\p{Lu}\p{L}+/gu);
  assert.equal(patternFor(pair, "Kyiv"), pair.latin);
  assert.equal(patternFor(pair, "Київ"), pair.unicode);
  assert.deepEqual(all(patternFor(pair, "in Київ today"), "in Київ today"), ["3:Київ"]);
});

test("a code-point escape is refused at load rather than misread", () => {
  assert.throws(() => latinTwin(/\u{1F600}/u), /not supported/);
});
