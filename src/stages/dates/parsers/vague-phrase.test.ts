import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { only } from "./parser-fixtures.ts";
import { vaguePhrase } from "./vague-phrase.ts";

describe("vague phrase parser", () => {
  it("reads a vague phrase, a period when the lexicon says so", () => {
    const years = only(vaguePhrase, "Over the decades the valley changed hands.", null);
    assert.equal(years.vague, true);
    assert.equal(years.period, true);
    const lately = only(vaguePhrase, "Kidnappings have lately become rarer.", null);
    assert.equal(lately.vague, true);
    assert.equal(lately.period, false);
  });
});
