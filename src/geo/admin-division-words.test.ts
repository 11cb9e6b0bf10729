import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { divisionNameVariants, stripDivisionWord } from "./admin-division-words.ts";

describe("stripDivisionWord", () => {
  it("drops a trailing division word", () => {
    assert.equal(stripDivisionWord("Damascus Governorate"), "Damascus");
    assert.equal(stripDivisionWord("Kaduna State"), "Kaduna");
    assert.equal(stripDivisionWord("Kirkuk province"), "Kirkuk");
    assert.equal(stripDivisionWord("Tillabéri Region"), "Tillabéri");
  });

  it("drops a leading division word and a dangling 'of'", () => {
    assert.equal(stripDivisionWord("Muhafazat Hadramaout"), "Hadramaout");
    assert.equal(stripDivisionWord("Province of Lima"), "Lima");
  });

  it("keeps the word when only a direction would be left", () => {
    assert.equal(stripDivisionWord("Northern State"), null);
    assert.equal(stripDivisionWord("Central District"), null);
  });

  it("leaves a name without a division word alone", () => {
    assert.equal(stripDivisionWord("Homs"), null);
    assert.equal(stripDivisionWord("North Kivu"), null);
  });
});

describe("divisionNameVariants", () => {
  it("lists the name as written and without its division word", () => {
    assert.deepEqual(divisionNameVariants("Homs Governorate"), ["Homs Governorate", "Homs"]);
    assert.deepEqual(divisionNameVariants("Aleppo"), ["Aleppo"]);
  });
});
