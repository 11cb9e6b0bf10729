import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { decade } from "./decade.ts";
import { only, textsAlone } from "./parser-fixtures.ts";

describe("decade parser", () => {
  it("reads a decade after 'the' or a part of it, as ten vague years", () => {
    const r = only(decade, "The militia was founded in the late 1980s by farmers.", null);
    assert.equal(r.text, "1980s");
    assert.deepEqual(r.value, { start: "1980-01-01", end: "1989-12-31", precision: "year" });
    assert.equal(r.vague, true);
  });

  it("is not read without such a word before it", () => {
    assert.deepEqual(textsAlone(decade, "Rifles of 1990s make were found."), []);
  });
});
