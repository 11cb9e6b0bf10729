import assert from "node:assert/strict";
import { test } from "node:test";
import { personAffiliation, splitPersonActorName } from "./person-actor-name.ts";

test("splits the affiliate suffix from a person actor's name", () => {
  assert.deepEqual(splitPersonActorName("Tariq Mansour (Hamas affiliate)"), { name: "Tariq Mansour", affiliation: "Hamas" });
  assert.deepEqual(splitPersonActorName("Tariq Mansour"), { name: "Tariq Mansour", affiliation: null });
});

test("leaves other brackets in the name", () => {
  assert.deepEqual(splitPersonActorName("Civilians (Mali)"), { name: "Civilians (Mali)", affiliation: null });
});

test("reads the affiliation from the field first, then from the name", () => {
  assert.equal(
    personAffiliation({ name: "Tariq Mansour (Hamas affiliate)", kind: "person", country: null, affiliation: "Hamas affiliate" }),
    "Hamas",
  );
  assert.equal(personAffiliation({ name: "Tariq Mansour (Hamas affiliate)", kind: "person", country: null }), "Hamas");
  assert.equal(personAffiliation({ name: "Tariq Mansour", kind: "person", country: null }), null);
});
