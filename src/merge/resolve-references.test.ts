import assert from "node:assert/strict";
import { test } from "node:test";
import type { StoredEvent } from "../core/model.ts";
import type { StoredReference } from "../storage/merge-repository.ts";
import { resolveReferences } from "./resolve-references.ts";

const evidence = { start: 0, end: 5, text: "words" };

function event(id: string, date: string, victim: string | null): StoredEvent {
  return {
    id,
    type: "air_drone_strike",
    date,
    date_precision: "day",
    date_end: null,
    location: null,
    actor1: null,
    actor2: victim,
    fatalities: null,
    injured: null,
    sources: [],
    independent_sources: 1,
    claims: {
      type: [],
      date: [],
      location: [],
      actor1: [],
      actor2: victim ? [{ article: "a", value: { name: victim, kind: "person", country: null }, evidence, rule: "test" }] : [],
      fatalities: [],
      injured: [],
    },
    disagreements: [],
    status: "machine",
    version: 1,
  };
}

const sameFamilyName = (a: string, b: string) => a.split(" ").pop() === b.split(" ").pop();
const reference = (victim: string): StoredReference => ({
  fromEvent: "answer",
  relation: "retaliation_for",
  victim,
  article: "x",
  evidence,
});

test("a retaliation for a named person's killing links to the latest earlier event with that victim", () => {
  const events = [
    event("answer", "2024-01-09", null),
    event("killing", "2024-01-08", "Karim Haddad (Hezbollah affiliate)"),
    event("older", "2023-06-01", "Karim Haddad"),
    event("other", "2024-01-07", "Omar Saleh"),
  ];
  const links = resolveReferences([reference("Karim Haddad")], events, sameFamilyName);
  assert.deepEqual(
    links.map((l) => [l.from, l.relation, l.to]),
    [["answer", "retaliation_for", "killing"]],
  );
});

test("a killing after the retaliation, or of someone else, is not what it answers", () => {
  const events = [
    event("answer", "2024-01-09", null),
    event("later", "2024-01-20", "Karim Haddad"),
    event("other", "2024-01-07", "Omar Saleh"),
  ];
  assert.deepEqual(resolveReferences([reference("Karim Haddad")], events, sameFamilyName), []);
});
