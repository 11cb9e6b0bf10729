import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { sameNameUnit } from "./same-name-unit.ts";

describe("sameNameUnit", () => {
  it("lets an e stand for any vowel", () => {
    assert.ok(sameNameUnit("ahmed", "ahmad"));
    assert.ok(sameNameUnit("khaled", "khalid"));
    assert.ok(sameNameUnit("yusef", "yusuf"));
    assert.ok(sameNameUnit("ismael", "ismayl"));
  });

  it("keeps a, i and u apart", () => {
    assert.ok(!sameNameUnit("hasan", "husan"));
    assert.ok(!sameNameUnit("salim", "salam"));
  });

  it("allows one s/z swap inside a word, never at its start", () => {
    assert.ok(sameNameUnit("basri", "bazri"));
    assert.ok(!sameNameUnit("zayd", "sayd"));
    assert.ok(!sameNameUnit("sazis", "zasiz"));
    assert.ok(!sameNameUnit("basris", "bazriz"));
  });

  it("never matches words of different lengths or consonants", () => {
    assert.ok(!sameNameUnit("khan", "hasan"));
    assert.ok(!sameNameUnit("tamer", "taher"));
  });
});
