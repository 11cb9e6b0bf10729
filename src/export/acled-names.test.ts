import assert from "node:assert/strict";
import { test } from "node:test";
import { acledActorName, acledCountryName } from "./acled-names.ts";

test("names countries as ACLED does, in plain letters", () => {
  assert.equal(acledCountryName("CD"), "Democratic Republic of Congo");
  assert.equal(acledCountryName("TR"), "Turkey");
  assert.equal(acledCountryName("RE"), "Reunion");
  assert.equal(acledCountryName("NG"), "Nigeria");
  assert.equal(acledCountryName(null), "");
});

test("names a state named by its country alone as the side that acted in that kind of event", () => {
  const israel = { kind: "state" as const, country: "IL", affiliated: false };
  const us = { kind: "state" as const, country: "US", affiliated: false };
  assert.equal(acledActorName("Israel", israel, "air_drone_strike"), "Military Forces of Israel");
  assert.equal(acledActorName("Israel", israel, "agreement"), "Government of Israel");
  assert.equal(acledActorName("United States", us, "air_drone_strike"), "Military Forces of the United States");
  assert.equal(acledActorName("Police Forces of Israel", israel, "arrests"), "Police Forces of Israel");
});

test("writes the unnamed armed group as ACLED capitalises it", () => {
  const group = { kind: "armed_group" as const, country: "ML", affiliated: false };
  assert.equal(acledActorName("Unidentified armed group (Mali)", group, "attack"), "Unidentified Armed Group (Mali)");
  assert.equal(acledActorName("Boko Haram", group, "attack"), "Boko Haram");
});
