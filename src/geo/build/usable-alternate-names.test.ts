import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { usableAlternateNames } from "./usable-alternate-names.ts";

describe("usableAlternateNames", () => {
  it("keeps Latin-script names and drops codes, numbers, romanisations and other scripts", () => {
    const kept = usableAlternateNames(["Palmyra", "Tadmor", "PMS", "Tripoli 1", "tdmr", "ba er mi la", "Пальмира", "تدمر", "Palmýra"]);
    assert.deepEqual(kept, ["Palmyra", "Tadmor", "Palmýra"]);
  });
});
