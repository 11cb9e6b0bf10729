import assert from "node:assert/strict";
import { test } from "node:test";
import { EVENT_FAMILIES } from "../core/event-types.ts";
import { resolveTypes, typeFilterHelp } from "./type-filter.ts";

test("takes a slug or ACLED's sub-event label, in any case", () => {
  assert.deepEqual(resolveTypes("air_drone_strike"), ["air_drone_strike"]);
  assert.deepEqual(resolveTypes("Air/drone strike"), ["air_drone_strike"]);
  assert.deepEqual(resolveTypes("armed clash"), ["armed_clash"]);
});

test("takes ACLED's event type for all its sub-events", () => {
  assert.deepEqual(resolveTypes("Battles"), [...EVENT_FAMILIES.battles]);
  assert.deepEqual(resolveTypes("Explosions/Remote violence"), [...EVENT_FAMILIES.remote]);
});

test("takes several, separated by commas, and refuses a list with any unknown part", () => {
  assert.deepEqual(resolveTypes("Arrests, Air/drone strike"), ["arrests", "air_drone_strike"]);
  assert.equal(resolveTypes("Arrests, bombing"), null);
  assert.equal(resolveTypes(""), null);
});

test("lists every event type with its sub-events' labels and slugs", () => {
  const help = typeFilterHelp();
  assert.match(help, /Battles: Armed clash \(armed_clash\)/);
  assert.match(help, /Air\/drone strike \(air_drone_strike\)/);
});
