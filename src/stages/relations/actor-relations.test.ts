import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ActorValue, Mention } from "../../core/model.ts";
import { findNamedActors } from "../../actors/actor-lexicon.ts";
import { findPersons } from "../mentions/person-finder.ts";
import { findActorRelations, type ActorRelation } from "./actor-relations.ts";
import { actorMention, personMention, placeMention } from "../../actors/mention-fixtures.ts";

const hezbollah: ActorValue = { name: "Hezbollah", kind: "armed_group", country: "LB" };
const islamicState: ActorValue = { name: "Islamic State", kind: "armed_group", country: null };
const hamas: ActorValue = { name: "Hamas", kind: "armed_group", country: "PS" };

/** The relations found, as [relation, from, to, evidence text]; each evidence checked against the text. */
function read(text: string, mentions: Mention[]): Array<[string, string, string, string]> {
  const relations: ActorRelation[] = findActorRelations(text, mentions);
  for (const r of relations) assert.equal(text.slice(r.evidence.start, r.evidence.end), r.evidence.text);
  return relations.map((r) => [r.relation, r.from, r.to, r.evidence.text]);
}

describe("findActorRelations", () => {
  it("reads a commander from an apposition", () => {
    const text = "Rescuers said Karim Nasser Haddad, a senior Hezbollah commander, died in the blast.";
    assert.deepEqual(read(text, [personMention(text, "Karim Nasser Haddad"), actorMention(text, "Hezbollah", hezbollah)]), [
      ["commander_of", "Karim Nasser Haddad", "Hezbollah", "Karim Nasser Haddad, a senior Hezbollah commander"],
    ]);
  });

  it("reads membership from 'a member of'", () => {
    const text = "The court heard that Omar Fadel, a member of the Islamic State, had hidden weapons.";
    assert.deepEqual(read(text, [personMention(text, "Omar Fadel"), actorMention(text, "Islamic State", islamicState)]), [
      ["member_of", "Omar Fadel", "Islamic State", "Omar Fadel, a member of the Islamic State"],
    ]);
  });

  it("reads an affiliation from '-affiliated', canonicalising the group through the lexicon", () => {
    const text = "Tariq Mansour, an al-Qaida-affiliated preacher, was released on bail.";
    assert.deepEqual(read(text, [personMention(text, "Tariq Mansour")]), [
      ["affiliated_with", "Tariq Mansour", "al-Qaeda", "Tariq Mansour, an al-Qaida-affiliated preacher"],
    ]);
  });

  it("keeps the words of a group the lexicon lacks", () => {
    const text = "Munir Saleh, a Katiba Nour commander, denied the charge.";
    assert.deepEqual(read(text, [personMention(text, "Munir Saleh")]), [
      ["commander_of", "Munir Saleh", "Katiba Nour", "Munir Saleh, a Katiba Nour commander"],
    ]);
  });

  it("reads a tie to the group of a described person", () => {
    const text = "Jamal Saad, who had direct ties to the ISIS operative who planted the device, was questioned.";
    assert.deepEqual(read(text, [personMention(text, "Jamal Saad"), actorMention(text, "ISIS", islamicState)]), [
      ["connected_to", "Jamal Saad", "Islamic State", "Jamal Saad, who had direct ties to the ISIS operative"],
    ]);
  });

  it("reads a tie to another person, named or in apposition", () => {
    const text = "Investigators said Hadi Mourad was linked to Sami Yousef. Rami Khoury had contacts with the courier, Fuad Nassar.";
    const mentions = [
      personMention(text, "Hadi Mourad"),
      personMention(text, "Sami Yousef"),
      personMention(text, "Rami Khoury"),
      personMention(text, "Fuad Nassar"),
    ];
    assert.deepEqual(read(text, mentions), [
      ["connected_to", "Hadi Mourad", "Sami Yousef", "Hadi Mourad was linked to Sami Yousef"],
      ["connected_to", "Rami Khoury", "Fuad Nassar", "Rami Khoury had contacts with the courier, Fuad Nassar"],
    ]);
  });

  it("reads a role written before the name, past a title", () => {
    const text = "Hamas spokesman Ziad Barakat denied it, and Hezbollah commander Sheikh Adel Jaber was silent.";
    const mentions = [
      actorMention(text, "Hamas", hamas),
      personMention(text, "Ziad Barakat"),
      actorMention(text, "Hezbollah", hezbollah),
      personMention(text, "Adel Jaber"),
    ];
    assert.deepEqual(read(text, mentions), [
      ["member_of", "Ziad Barakat", "Hamas", "Hamas spokesman Ziad Barakat"],
      ["commander_of", "Adel Jaber", "Hezbollah", "Hezbollah commander Sheikh Adel Jaber"],
    ]);
  });

  it("reads a possessive role and a verb of membership", () => {
    const text = "Faisal Karimi, Hezbollah's top commander in the south, survived. Walid Azzam joined the Islamic State in 2015.";
    const mentions = [
      personMention(text, "Faisal Karimi"),
      actorMention(text, "Hezbollah", hezbollah),
      personMention(text, "Walid Azzam"),
      actorMention(text, "Islamic State", islamicState),
    ];
    assert.deepEqual(read(text, mentions), [
      ["commander_of", "Faisal Karimi", "Hezbollah", "Faisal Karimi, Hezbollah's top commander"],
      ["member_of", "Walid Azzam", "Islamic State", "Walid Azzam joined the Islamic State"],
    ]);
  });

  it("reads nothing from a nationality, a place or a relation of things", () => {
    const text = "Khalil Darwish, a Syrian commander, lives close to Homs. Nadim Aoun was linked to the attack.";
    const mentions = [
      personMention(text, "Khalil Darwish"),
      placeMention(text, "Syrian", "SY"),
      placeMention(text, "Homs", "SY"),
      personMention(text, "Nadim Aoun"),
    ];
    assert.deepEqual(read(text, mentions), []);
  });

  it("takes a person as the object of a role only for ties of service", () => {
    const text = "Omar Fadel, a member of the unit run by Sami Yousef, and Rami Khoury, a former bodyguard of Sami Yousef, were held.";
    const mentions = [
      personMention(text, "Omar Fadel"),
      personMention(text, "Sami Yousef"),
      personMention(text, "Rami Khoury"),
      personMention(text, "Sami Yousef", 1),
    ];
    assert.deepEqual(read(text, mentions), [
      ["connected_to", "Rami Khoury", "Sami Yousef", "Rami Khoury, a former bodyguard of Sami Yousef"],
    ]);
  });

  it("reads a group's stated tie to another group", () => {
    const shabaab: ActorValue = { name: "Al-Shabaab", kind: "armed_group", country: "SO" };
    const alQaeda: ActorValue = { name: "al-Qaeda", kind: "armed_group", country: null };
    const text = "The raid was blamed on al-Shabaab, which is formally allied with al-Qaida, though the group denied it.";
    assert.deepEqual(read(text, [actorMention(text, "al-Shabaab", shabaab), actorMention(text, "al-Qaida", alQaeda)]), [
      ["affiliated_with", "Al-Shabaab", "al-Qaeda", "al-Shabaab, which is formally allied with al-Qaida"],
    ]);
    const branch = "Residents fled after ISWAP, an offshoot of the Islamic State, seized the town.";
    const iswap: ActorValue = { name: "Islamic State West Africa Province", kind: "armed_group", country: "NG" };
    assert.deepEqual(read(branch, [actorMention(branch, "ISWAP", iswap), actorMention(branch, "Islamic State", islamicState)]), [
      ["affiliated_with", "Islamic State West Africa Province", "Islamic State", "ISWAP, an offshoot of the Islamic State"],
    ]);
  });

  it("does not read across a sentence end", () => {
    const text = "Police arrested Fadi Karam. A Hamas commander said nothing.";
    assert.deepEqual(read(text, [personMention(text, "Fadi Karam"), actorMention(text, "Hamas", hamas)]), []);
  });

  it("works on the mentions the finders give", () => {
    const text = "Officials said Bassam Qureshi, a senior Hezbollah commander, was among the dead.";
    const actors = findNamedActors(text, 0, text.length);
    const mentions: Mention[] = [
      ...actors.map((a): Mention => ({ kind: "actor", span: a, text: text.slice(a.start, a.end), normalised: a.actor, source: "lexicon" })),
      ...findPersons(text, 0, text.length, actors).map((p): Mention => ({
        kind: "person",
        span: p,
        text: text.slice(p.start, p.end),
        normalised: p.person,
        source: "person",
      })),
    ];
    assert.deepEqual(read(text, mentions), [
      ["commander_of", "Bassam Qureshi", "Hezbollah", "Bassam Qureshi, a senior Hezbollah commander"],
    ]);
  });
});
