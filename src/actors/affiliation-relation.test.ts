import assert from "node:assert/strict";
import { test } from "node:test";
import { affiliationRelation } from "./affiliation-relation.ts";

const evidence = { start: 10, end: 42, text: "Tariq Mansour, an ISIS-linked man" };

test("turns a person's stated affiliation into affiliated_with, the group canonical", () => {
  const actor = { name: "Tariq Mansour (ISIS affiliate)", kind: "person" as const, country: null, affiliation: "ISIS affiliate" };
  assert.deepEqual(affiliationRelation(actor, evidence), {
    from: "Tariq Mansour",
    to: "Islamic State",
    relation: "affiliated_with",
    evidence,
  });
});

test("reads the affiliation from the name when the field is absent, and keeps an unknown group's words", () => {
  const actor = { name: "Tariq Mansour (Katiba Nour affiliate)", kind: "person" as const, country: null };
  assert.equal(affiliationRelation(actor, evidence)?.to, "Katiba Nour");
});

test("gives nothing for a person without affiliation or for a group", () => {
  assert.equal(affiliationRelation({ name: "Tariq Mansour", kind: "person", country: null }, evidence), null);
  assert.equal(affiliationRelation({ name: "Hamas", kind: "armed_group", country: "PS", affiliation: "x affiliate" }, evidence), null);
});
