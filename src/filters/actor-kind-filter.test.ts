import assert from "node:assert/strict";
import { test } from "node:test";
import { actorKindFilterHelp, resolveActorKinds } from "./actor-kind-filter.ts";

test("takes Sitrep's kind slugs, written with spaces or underscores, in any case", () => {
  assert.deepEqual(resolveActorKinds("state"), ["state"]);
  assert.deepEqual(resolveActorKinds("Armed group"), ["armed_group"]);
  assert.deepEqual(resolveActorKinds("CIVILIANS"), ["civilians"]);
});

test("takes ACLED's actor types for the kinds they are told from", () => {
  assert.deepEqual(resolveActorKinds("State forces"), ["state"]);
  assert.deepEqual(resolveActorKinds("Political militia"), ["armed_group"]);
  assert.deepEqual(resolveActorKinds("rebel group"), ["armed_group"]);
  assert.deepEqual(resolveActorKinds("Civilians"), ["civilians"]);
  assert.deepEqual(resolveActorKinds("External/Other forces"), ["other", "organisation"]);
});

test("takes several separated by commas, and refuses a list with any unknown part", () => {
  assert.deepEqual(resolveActorKinds("state, protesters"), ["state", "protesters"]);
  assert.equal(resolveActorKinds("state, soldiers"), null);
  assert.equal(resolveActorKinds(""), null);
});

test("lists every slug and every other name it takes", () => {
  const help = actorKindFilterHelp();
  for (const text of ["state", "armed_group", "civilians", "protesters", "State forces (state)", "Political militia (armed_group)"])
    assert.ok(help.includes(text), text);
});
