import assert from "node:assert/strict";
import { test } from "node:test";
import type { RegistryActor } from "./actor-registry.ts";
import { findRegistryActor, resolveRelations, type SourcedRelation } from "./resolve-relations.ts";

const actor = (id: string, name: string, kind: RegistryActor["kind"], aliases: string[] = []): RegistryActor => ({
  id,
  name,
  kind,
  country: null,
  aliases,
  sightings: 1,
  articles: ["a"],
});
const actors = [
  actor("g1", "Islamic State", "armed_group"),
  actor("p1", "Karim Nasser Haddad", "person", ["Karim Haddad"]),
  actor("p2", "Omar Fadel", "person"),
  actor("p3", "Omar Salem Fadel", "person"),
];

test("finds an actor by canonical name, lexicon alias, recorded alias or as the same person", () => {
  assert.equal(findRegistryActor(actors, "Islamic State")?.id, "g1");
  assert.equal(findRegistryActor(actors, "ISIS")?.id, "g1");
  assert.equal(findRegistryActor(actors, "Karim Haddad")?.id, "p1");
  assert.equal(findRegistryActor(actors, "Kareem Nasser al-Haddad")?.id, "p1");
  assert.equal(findRegistryActor(actors, "Omar Fadel")?.id, "p2");
});

test("finds nothing for an unknown name or one that fits two people", () => {
  assert.equal(findRegistryActor(actors, "Hamas"), null);
  assert.equal(findRegistryActor(actors, "Omar Fadil"), null);
  assert.equal(findRegistryActor(actors, "Umar Fadel Khan"), null);
});

test("resolves both ends, drops repeats and sorts whatever the input order", () => {
  const relation = (from: string, to: string, start: number): SourcedRelation => ({
    from,
    to,
    relation: "member_of",
    articleId: "a",
    evidence: { start, end: start + 5, text: "words" },
  });
  const input = [
    relation("Karim Haddad", "ISIS", 40),
    relation("Kareem Haddad", "Islamic State", 40),
    relation("Omar Fadel", "Katiba Nour", 3),
  ];
  const resolved = resolveRelations(actors, input);
  assert.deepEqual(resolveRelations(actors, [...input].reverse()), resolved);
  assert.deepEqual(
    resolved.map((r) => [r.fromId, r.toId, r.to, r.evidence.start]),
    [
      ["p1", "g1", "Islamic State", 40],
      ["p2", null, "Katiba Nour", 3],
    ],
  );
});
