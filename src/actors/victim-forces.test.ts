import assert from "node:assert/strict";
import { test } from "node:test";
import { victimForces } from "./victim-forces.ts";

test("soldiers or police counted among the casualties are the forces of the event's country", () => {
  assert.equal(victimForces("police officer", "KE")?.name, "Police Forces of Kenya");
  assert.equal(victimForces("soldiers", "ML")?.name, "Military Forces of Mali");
});

test("casualties of no armed role, or no country, name no forces", () => {
  assert.equal(victimForces("villagers", "ML"), null);
  assert.equal(victimForces("soldiers", null), null);
});
