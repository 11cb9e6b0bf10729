import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { disorderType, geoPrecision, interaction, interCode, timePrecision } from "./acled-codes.ts";

describe("ACLED codes", () => {
  it("codes a state at home as state forces and abroad as external forces", () => {
    assert.equal(interCode({ kind: "state", country: "NG", affiliated: false }, "NG"), 1);
    assert.equal(interCode({ kind: "state", country: "US", affiliated: false }, "SY"), 8);
    assert.equal(interCode({ kind: "civilians", country: "SY", affiliated: false }, "SY"), 7);
    assert.equal(interCode({ kind: "person", country: null, affiliated: true }, "SY"), 2);
    assert.equal(interCode(null, "SY"), null);
  });

  it("writes the interaction lower code first, and a lone actor with a zero", () => {
    assert.equal(interaction(7, 1), "17");
    assert.equal(interaction(2, null), "20");
    assert.equal(interaction(null, null), "");
  });

  it("names the disorder type of each family, a crackdown on protesters being both", () => {
    assert.equal(disorderType("air_drone_strike"), "Political violence");
    assert.equal(disorderType("peaceful_protest"), "Demonstrations");
    assert.equal(disorderType("excessive_force_against_protesters"), "Political violence; Demonstrations");
    assert.equal(disorderType("arrests"), "Strategic developments");
  });

  it("turns date and place precision into ACLED's 1-2-3", () => {
    assert.deepEqual(
      ["day", "week", "month", "year"].map((p) => timePrecision(p as "day")),
      [1, 2, 3, 3],
    );
    assert.deepEqual(
      ["exact", "near", "admin1", "country"].map((p) => geoPrecision(p as "exact")),
      [1, 2, 3, 3],
    );
  });
});
