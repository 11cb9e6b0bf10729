import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { readTokens } from "../read-tokens.ts";
import { dropOvernight } from "./drop-overnight.ts";

function sources(sentence: string): string[] {
  const { tokens } = readTokens(sentence, "2025-12-20");
  return dropOvernight(tokens, sentence, null).map((t) => t.source);
}

describe("dropping a bare 'overnight'", () => {
  it("drops it when the sentence names a day", () => {
    assert.deepEqual(sources("Shelling went on overnight and into Thursday."), ["weekday-before-publication"]);
  });

  it("keeps it when nothing else dates the sentence", () => {
    assert.deepEqual(sources("Shelling went on overnight in the north."), ["overnight-before-publication"]);
  });
});
