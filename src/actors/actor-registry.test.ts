import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ActorValue } from "../core/model.ts";
import { actorId } from "./actor-id.ts";
import { actorRegistryBuilder, buildActorRegistry, type ActorSighting } from "./actor-registry.ts";
import { personNameKey } from "./person-name-key.ts";
import type { SourcedRelation } from "./resolve-relations.ts";

let offset = 0;
/** A sighting whose evidence is the words `written` at a fresh offset. */
function seen(actor: ActorValue, articleId: string, written: string): ActorSighting {
  offset += 100;
  return { actor, articleId, evidence: { start: offset, end: offset + written.length, text: written } };
}
const group = (name: string, country: string | null = null): ActorValue => ({ name, kind: "armed_group", country });
const person = (name: string, affiliation?: string): ActorValue =>
  affiliation
    ? { name: `${name} (${affiliation} affiliate)`, kind: "person", country: null, affiliation: `${affiliation} affiliate` }
    : { name, kind: "person", country: null };

const sightings: ActorSighting[] = [
  seen(group("Islamic State"), "art-2", "ISIS"),
  seen(group("Islamic State"), "art-1", "Islamic State"),
  seen(group("Hezbollah", "LB"), "art-3", "Hizbollah"),
  seen(person("Karim Haddad", "Hezbollah"), "art-3", "Karim Haddad"),
  seen(person("Karim Nasser Haddad"), "art-1", "Karim Nasser Haddad"),
  seen(person("Kareem Nasser al-Haddad"), "art-2", "Kareem Nasser al-Haddad"),
  seen(person("Karim Nasser Haddad"), "art-4", "Karim Nasser Haddad"),
  seen(person("Ahmed Hassan"), "art-1", "Ahmed Hassan"),
  seen(person("Ahmed Hussein"), "art-2", "Ahmed Hussein"),
  seen({ name: "Unidentified armed group (Mali)", kind: "armed_group", country: "ML" }, "art-4", "gunmen"),
  seen({ name: "Civilians (Mali)", kind: "civilians", country: "ML" }, "art-4", "villagers"),
  seen({ name: "Military Forces of Mali (2021-)", kind: "state", country: "ML" }, "art-4", "the army"),
];

/** Every order of a short list is too many; these reorderings move every item. */
function shuffles<T>(items: T[]): T[][] {
  const reversed = [...items].reverse();
  const rotated = [...items.slice(5), ...items.slice(0, 5)];
  const interleaved = [...items.filter((_, i) => i % 2 === 1), ...items.filter((_, i) => i % 2 === 0)];
  return [reversed, rotated, interleaved];
}

describe("buildActorRegistry", () => {
  const registry = buildActorRegistry(sightings);

  it("gathers a person's spellings under the fullest name, with the others as aliases", () => {
    const karim = registry.actors.find((a) => a.kind === "person" && a.name.includes("Nasser"));
    assert.deepEqual(karim, {
      id: actorId("person", personNameKey("Karim Nasser Haddad")),
      name: "Karim Nasser Haddad",
      kind: "person",
      country: null,
      aliases: ["Kareem Nasser al-Haddad", "Karim Haddad"],
      sightings: 4,
      articles: ["art-1", "art-2", "art-3", "art-4"],
    });
  });

  it("keeps different people apart", () => {
    const people = registry.actors.filter((a) => a.kind === "person").map((a) => a.name);
    assert.deepEqual(people, ["Ahmed Hassan", "Ahmed Hussein", "Karim Nasser Haddad"]);
  });

  it("groups lexicon actors by name, with the aliases written", () => {
    const is = registry.actors.find((a) => a.name === "Islamic State")!;
    assert.deepEqual([is.aliases, is.sightings, is.articles], [["ISIS"], 2, ["art-1", "art-2"]]);
    assert.equal(registry.actors.find((a) => a.name === "Hezbollah")!.country, "LB");
  });

  it("keeps generic actors as their own entries, by kind then name", () => {
    assert.deepEqual(
      registry.actors.map((a) => [a.kind, a.name]),
      [
        ["armed_group", "Hezbollah"],
        ["armed_group", "Islamic State"],
        ["armed_group", "Unidentified armed group (Mali)"],
        ["civilians", "Civilians (Mali)"],
        ["person", "Ahmed Hassan"],
        ["person", "Ahmed Hussein"],
        ["person", "Karim Nasser Haddad"],
        ["state", "Military Forces of Mali (2021-)"],
      ],
    );
    assert.deepEqual(registry.actors.find((a) => a.kind === "civilians")!.aliases, []);
  });

  it("records a stated affiliation as a relation between registry actors, not in the name", () => {
    const karim = registry.actors.find((a) => a.name === "Karim Nasser Haddad")!;
    const hezbollah = registry.actors.find((a) => a.name === "Hezbollah")!;
    assert.ok(registry.actors.every((a) => !a.name.includes("affiliate")));
    assert.deepEqual(
      registry.relations.map((r) => [r.fromId, r.relation, r.toId, r.articleId, r.evidence.text]),
      [[karim.id, "affiliated_with", hezbollah.id, "art-3", "Karim Haddad"]],
    );
  });

  it("resolves relations read from articles against the registry", () => {
    const read: SourcedRelation = {
      from: "Ahmed Hassan",
      to: "Islamic State",
      relation: "member_of",
      articleId: "art-1",
      evidence: { start: 0, end: 40, text: "Ahmed Hassan, a member of the Islamic State" },
    };
    const withRead = buildActorRegistry(sightings, [read]);
    const found = withRead.relations.find((r) => r.relation === "member_of")!;
    assert.equal(found.fromId, withRead.actors.find((a) => a.name === "Ahmed Hassan")!.id);
    assert.equal(found.toId, withRead.actors.find((a) => a.name === "Islamic State")!.id);
  });

  it("gives the same registry for the sightings in any order", () => {
    for (const order of shuffles(sightings)) assert.deepEqual(buildActorRegistry(order), registry);
  });

  it("gives ids that do not depend on the other sightings", () => {
    const alone = buildActorRegistry([seen(group("Islamic State"), "art-9", "Daesh")]);
    assert.equal(alone.actors[0]!.id, registry.actors.find((a) => a.name === "Islamic State")!.id);
    assert.equal(new Set(registry.actors.map((a) => a.id)).size, registry.actors.length);
  });

  it("without articles, gives the same actors and relations with no articles listed", () => {
    const builder = actorRegistryBuilder({ articles: false });
    for (const s of sightings) builder.add(s);
    const bare = builder.build();
    assert.deepEqual(bare, { ...registry, actors: registry.actors.map((a) => ({ ...a, articles: [] })) });
  });
});
