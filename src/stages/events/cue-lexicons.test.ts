import assert from "node:assert/strict";
import { test } from "node:test";
import { TRIGGERS, findCues } from "./cue-lexicons.ts";

const triggers = (s: string) => findCues(TRIGGERS, s, 0, s.length).map((c) => c.text);

test("'struck down' a law or a ruling is no strike; one struck down by a sniper still is", () => {
  assert.deepEqual(triggers("The appeals court struck down the curfew order."), []);
  assert.deepEqual(triggers("The levy was struck down by the constitutional court."), []);
  assert.deepEqual(triggers("Lawmakers vowed to strike down the new tax."), []);
  assert.deepEqual(triggers("The medic was struck down by a sniper near the bridge."), ["struck"]);
  assert.deepEqual(triggers("Jets struck a fuel depot."), ["Jets struck"]);
});
