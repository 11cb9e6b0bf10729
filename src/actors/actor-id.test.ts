import assert from "node:assert/strict";
import { test } from "node:test";
import { actorId } from "./actor-id.ts";

test("ids depend on kind and key only, in a fixed shape", () => {
  assert.match(actorId("armed_group", "Hamas"), /^act_[0-9a-f]{12}$/);
  assert.equal(actorId("armed_group", "Hamas"), actorId("armed_group", "Hamas"));
  assert.notEqual(actorId("armed_group", "Hamas"), actorId("organisation", "Hamas"));
  assert.notEqual(actorId("person", "karim hadad"), actorId("person", "karim hadid"));
});
