import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultTarget } from "./default-target.ts";

test("violence against civilians is done to the civilians of the country when nobody is named", () => {
  assert.equal(defaultTarget("abduction_forced_disappearance", "NG", "Gunmen seized 20 on the highway.")?.name, "Civilians (Nigeria)");
});

test("a strike is against civilians only when the text says it hit people or their homes", () => {
  assert.equal(defaultTarget("air_drone_strike", "SD", "A drone struck a crowded market in El Fasher.")?.name, "Civilians (Sudan)");
  assert.equal(defaultTarget("shelling_artillery_missile_attack", "UA", "Artillery hit trenches near the front."), null);
  assert.equal(defaultTarget("armed_clash", "SO", "Fighting broke out with the people's militia."), null);
});

test("a strike whose dead or wounded are people of no armed side is against the civilians", () => {
  assert.equal(defaultTarget("air_drone_strike", "LB", "Jets struck the edge of the town.", "paramedic")?.name, "Civilians (Lebanon)");
  assert.equal(
    defaultTarget("shelling_artillery_missile_attack", "UA", "Shells fell near the bridge.", "civilian woman")?.name,
    "Civilians (Ukraine)",
  );
  assert.equal(defaultTarget("shelling_artillery_missile_attack", "UA", "Shells fell near the bridge.", "soldiers"), null);
});
