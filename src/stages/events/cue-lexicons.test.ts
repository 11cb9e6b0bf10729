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

test("a workers' strike is a protest, not a strike from the air; people taking to the streets protest", () => {
  const typed = (s: string) => findCues(TRIGGERS, s, 0, s.length).map((c) => `${c.text}:${c.value}`);
  assert.deepEqual(typed("Teachers went on strike over pay."), ["went on strike:peaceful_protest"]);
  assert.deepEqual(typed("A general strike shut the city."), ["general strike:peaceful_protest"]);
  assert.deepEqual(typed("Thousands took to the streets."), ["took to the streets:peaceful_protest"]);
  assert.deepEqual(typed("A strike on the convoy killed four."), ["strike:strike"]);
});
