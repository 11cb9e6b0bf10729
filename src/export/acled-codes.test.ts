import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ACLED_ACTOR_TYPES, actorType, disorderType, geoPrecision, interaction, timePrecision } from "./acled-codes.ts";

describe("ACLED codes", () => {
  it("types a state at home as state forces and abroad as external forces", () => {
    assert.equal(actorType("Military Forces of Nigeria", { kind: "state", country: "NG", affiliated: false }, "NG"), "State forces");
    assert.equal(actorType("United States", { kind: "state", country: "US", affiliated: false }, "SY"), "External/Other forces");
    assert.equal(actorType("Civilians (Syria)", { kind: "civilians", country: "SY", affiliated: false }, "SY"), "Civilians");
    assert.equal(actorType("A commander (G affiliate)", { kind: "person", country: null, affiliated: true }, "SY"), "Rebel group");
    assert.equal(actorType(null, null, "SY"), null);
  });

  it("types armed men nobody named as a political militia, and a community's militia as an identity militia", () => {
    const group = { kind: "armed_group" as const, country: "NG", affiliated: false };
    assert.equal(actorType("Unidentified armed group (Nigeria)", group, "NG"), "Political militia");
    assert.equal(actorType("Fulani Ethnic Militia (Nigeria)", group, "NG"), "Identity militia");
    assert.equal(actorType("Boko Haram", group, "NG"), "Rebel group");
    assert.equal(actorType("Mayi Mayi Militia", group, "CD"), "Political militia");
    assert.equal(
      actorType("BNP: Bangladesh Nationalist Party", { kind: "other", country: "BD", affiliated: false }, "BD"),
      "Political militia",
    );
    assert.equal(actorType("United Nations", { kind: "organisation", country: null, affiliated: false }, "ML"), "External/Other forces");
  });

  it("tells rioters from protesters by their name", () => {
    const crowd = { kind: "protesters" as const, country: "KE", affiliated: false };
    assert.equal(actorType("Rioters (Kenya)", crowd, "KE"), "Rioters");
    assert.equal(actorType("Protesters (Kenya)", crowd, "KE"), "Protesters");
  });

  it("writes the interaction as the codebook's pair of actor types, or one type 'only'", () => {
    assert.equal(interaction("Civilians", "State forces"), "State forces-Civilians");
    assert.equal(interaction("Rebel group", null), "Rebel group only");
    assert.equal(interaction("Civilians", "External/Other forces"), "External/Other forces-Civilians");
    assert.equal(interaction(null, null), "");
    for (const a of ACLED_ACTOR_TYPES) for (const b of [...ACLED_ACTOR_TYPES, null]) assert.ok(interaction(a, b).length > 0, `${a} ${b}`);
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
