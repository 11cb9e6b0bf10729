import assert from "node:assert/strict";
import { test } from "node:test";
import { personMentionsIn, personNamedIn } from "./person-mentions.ts";

test("finds a name inside a title and a name with a particle", () => {
  const mentions = personMentionsIn("Forces loyal to Colonel Yusuf Adamu arrested Ali bin Salim in town.");
  assert.ok(mentions.includes("Yusuf Adamu"));
  assert.ok(mentions.includes("Ali bin Salim"));
});

test("a report's person is named in another text spelt another way, but not a namesake's brother", () => {
  const mentions = personMentionsIn("Police said Muhammad Abdullahi was among the dead.");
  assert.equal(personNamedIn(["Mohammed Abdullahi"], mentions), true);
  assert.equal(personNamedIn(["Mohammed Abubakar"], mentions), false);
});
