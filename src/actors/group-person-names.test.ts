import assert from "node:assert/strict";
import { test } from "node:test";
import { groupPersonNames } from "./group-person-names.ts";

const groups = (counts: Array<[string, number]>) => groupPersonNames(new Map(counts)).map((g) => [g.canonical, [...g.names].sort()]);

test("gathers spellings and shortenings under the fullest name", () => {
  assert.deepEqual(
    groups([
      ["Karim Haddad", 3],
      ["Karim Nasser Haddad", 1],
      ["Kareem Nasser al-Haddad", 1],
      ["Ahmed Hussein", 1],
      ["Ahmed Hassan", 1],
    ]),
    [
      ["Kareem Nasser al-Haddad", ["Kareem Nasser al-Haddad", "Karim Haddad", "Karim Nasser Haddad"]],
      ["Ahmed Hassan", ["Ahmed Hassan"]],
      ["Ahmed Hussein", ["Ahmed Hussein"]],
    ],
  );
});

test("breaks ties between full names by frequency, then alphabetically", () => {
  assert.equal(
    groupPersonNames(
      new Map([
        ["Karim Nasser Haddad", 1],
        ["Karim Naser Hadad", 2],
      ]),
    )[0]!.canonical,
    "Karim Naser Hadad",
  );
  assert.equal(
    groupPersonNames(
      new Map([
        ["Karim Nasser Haddad", 1],
        ["Karim Naser Hadad", 1],
      ]),
    )[0]!.canonical,
    "Karim Naser Hadad",
  );
});

test("leaves a short name that fits two people on its own", () => {
  assert.deepEqual(
    groups([
      ["Karim Nasser Haddad", 1],
      ["Karim Salem Haddad", 1],
      ["Karim Haddad", 1],
      ["Karim al-Haddad", 1],
    ]),
    [
      ["Karim Nasser Haddad", ["Karim Nasser Haddad"]],
      ["Karim Salem Haddad", ["Karim Salem Haddad"]],
      ["Karim Haddad", ["Karim Haddad", "Karim al-Haddad"]],
    ],
  );
});
