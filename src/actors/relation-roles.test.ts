import assert from "node:assert/strict";
import { test } from "node:test";
import { ROLE_SOURCE, roleRelation } from "./relation-roles.ts";

test("reads the relation each role noun states", () => {
  assert.equal(roleRelation("commander"), "commander_of");
  assert.equal(roleRelation("Leader"), "commander_of");
  assert.equal(roleRelation("member"), "member_of");
  assert.equal(roleRelation("supporter"), "affiliated_with");
  assert.equal(roleRelation("aide"), "connected_to");
  assert.equal(roleRelation("baker"), null);
});

test("matches whole role nouns only, the longest first", () => {
  const role = new RegExp(`^${ROLE_SOURCE}`, "u");
  assert.equal(role.exec("commander-in-chief of")?.[0], "commander-in-chief");
  assert.equal(role.exec("Commander said")?.[0], "Commander");
  assert.equal(role.exec("members of"), null);
});
