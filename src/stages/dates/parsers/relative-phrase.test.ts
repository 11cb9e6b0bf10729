import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { only, textsAlone } from "./parser-fixtures.ts";
import { relativePhrase } from "./relative-phrase.ts";

describe("relative phrase parser", () => {
  it("reads a phrase of the lexicon as its kind of relative time", () => {
    assert.equal(only(relativePhrase, "The following morning the bodies were found.", null).relative, "next_day");
    assert.equal(only(relativePhrase, "They had met the evening before.", null).relative, "previous_day");
  });

  it("is not read before a clock time", () => {
    assert.deepEqual(textsAlone(relativePhrase, "Shots rang out shortly after 10 p.m. near the gate."), []);
  });
});
