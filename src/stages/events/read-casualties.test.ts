import assert from "node:assert/strict";
import { test } from "node:test";
import { readCasualties } from "./read-casualties.ts";

const read = (s: string) => readCasualties(s, 0, s.length).map((c) => ({ kind: c.kind, range: c.range }));

test("sums a list of counted groups", () => {
  assert.deepEqual(read("Three police officers and a driver were killed in the blast."), [{ kind: "killed", range: { min: 4, max: 4 } }]);
});

test("reads qualifiers as ranges", () => {
  assert.deepEqual(read("The raid killed at least 12 villagers."), [{ kind: "killed", range: { min: 12, max: null } }]);
  assert.deepEqual(read("More than 40 people were killed."), [{ kind: "killed", range: { min: 41, max: null } }]);
  assert.deepEqual(read("Nearly 25 people were killed."), [{ kind: "killed", range: { min: 20, max: 25 } }]);
});

test("tells the dead from the wounded", () => {
  assert.deepEqual(read("The shelling killed five civilians and wounded nine others."), [
    { kind: "killed", range: { min: 5, max: 5 } },
    { kind: "injured", range: { min: 9, max: 9 } },
  ]);
});

test("reads a rising death toll", () => {
  assert.deepEqual(read("The death toll rose to 31 on Monday."), [{ kind: "killed", range: { min: 31, max: 31 } }]);
});

test("an attacker shot dead is counted apart", () => {
  assert.deepEqual(read("The gunman was shot dead by guards."), [{ kind: "perpetrator_killed", range: { min: 0, max: 1 } }]);
});

test("targets and captives are not a toll", () => {
  assert.deepEqual(read("The jets hit more than 40 targets and forces captured 200 fighters."), []);
});

test("reads a toll that has risen, its verb far from its noun", () => {
  assert.deepEqual(
    read("The number of people killed in the shelling of a market in the northern town on Sunday has risen to nine, medics said."),
    [{ kind: "killed", range: { min: 9, max: 9 } }],
  );
  assert.deepEqual(read("The death toll from Friday's bombing of the crowded ferry terminal climbed to at least 14."), [
    { kind: "killed", range: { min: 14, max: null } },
  ]);
});

test("a risen toll names those counted, not the attack told between", () => {
  const s = "The number of civilians killed in a Syrian air raid on the village has risen to four.";
  const [c] = readCasualties(s, 0, s.length);
  assert.equal(s.slice(c!.whoSpan.start, c!.whoSpan.end), "civilians");
});

test("a sentence with words in another script is read like any other", () => {
  assert.deepEqual(read("Four guards were killed near the Мирный depot."), [{ kind: "killed", range: { min: 4, max: 4 } }]);
  assert.deepEqual(read("Near the Мирный depot, the blast killed three workers."), [{ kind: "killed", range: { min: 3, max: 3 } }]);
});

test("a long s reads as an s, as case-blind matching has it", () => {
  // Lower-casing leaves "ſ" as it is, so "ſlain" must not be looked for as "slain" in lower case.
  assert.deepEqual(read("Five guards were ſlain and two injured."), [
    { kind: "killed", range: { min: 5, max: 5 } },
    { kind: "injured", range: { min: 2, max: 2 } },
  ]);
});

test("reads a toll told with an aside on who the dead were", () => {
  assert.deepEqual(read("At least 30 people, including six children, were killed in the shelling."), [
    { kind: "killed", range: { min: 30, max: null } },
  ]);
});

test("a place named after 'killed in' is no named victim", () => {
  assert.deepEqual(read("Last month seven people got killed in San Felipe Torres Mochas."), [
    { kind: "killed", range: { min: 7, max: 7 } },
  ]);
});

test("one person named with 'a' counts one", () => {
  assert.deepEqual(read("A paramedic was killed when the shell hit the ambulance."), [{ kind: "killed", range: { min: 1, max: 1 } }]);
  assert.deepEqual(read("An elderly farmer was shot dead near his field."), [{ kind: "killed", range: { min: 1, max: 1 } }]);
  assert.deepEqual(read("A crowd lynched a suspected thief at the bus stop."), [{ kind: "killed", range: { min: 1, max: 1 } }]);
});

test("'a' before a plural verb belongs to a list, not to a toll of one", () => {
  assert.ok(!read("Two bystanders, a cyclist and a vendor were killed.").some((c) => c.range.min === 1 && c.range.max === 1));
});

test("a death told by another verb first, or by 'fatally', is a death", () => {
  assert.deepEqual(read("One trader was abducted and killed on the highway."), [{ kind: "killed", range: { min: 1, max: 1 } }]);
  assert.deepEqual(read("Three people were fatally shot at the checkpoint."), [{ kind: "killed", range: { min: 3, max: 3 } }]);
  assert.deepEqual(read("Villagers stoned a man accused of cattle theft to death."), [{ kind: "killed", range: { min: 1, max: 1 } }]);
});

test("a bomber killing himself is a death of the attackers' side", () => {
  const s = "The bomber set off his vest at the gate, killing himself and injuring four guards.";
  const [c] = readCasualties(s, 0, s.length);
  assert.deepEqual(c?.range, { min: 1, max: 1 });
  assert.equal(c?.who, "attacker");
  assert.deepEqual(read("She blew herself up in the crowd, killing herself and six others.").slice(-1), [
    { kind: "killed", range: { min: 7, max: 7 } },
  ]);
});

test("a death told by a pronoun points back to someone already named", () => {
  const s = "Officers cornered the suspect and shot him dead.";
  const [c] = readCasualties(s, 0, s.length);
  assert.deepEqual(c?.range, { min: 1, max: 1 });
  assert.equal(c?.anaphoric, true);
});

test("one person wounded, named with 'a', counts one", () => {
  assert.deepEqual(read("A civilian woman was wounded by the shelling."), [{ kind: "injured", range: { min: 1, max: 1 } }]);
});

test("an indefinite pronoun killed is no named death", () => {
  assert.deepEqual(read("Nobody was killed, the mayor said."), []);
  assert.deepEqual(read("Somebody was killed, a neighbour thought."), []);
  assert.deepEqual(read("Amina Yusuf was killed in the crossfire."), [{ kind: "killed", range: { min: 1, max: 1 } }]);
});

test("a number word inside a longer word is no count", () => {
  assert.deepEqual(read("None was killed when the shell hit the market."), []);
  assert.deepEqual(read("Everyone was wounded in the stampede."), []);
  assert.deepEqual(read("Someone was killed at the checkpoint, and one was wounded."), [{ kind: "injured", range: { min: 1, max: 1 } }]);
});

test("an aside naming who the counted were may stand between them and the verb", () => {
  assert.deepEqual(read("3 civilians, a farmer and his two sons, were killed by the shelling."), [
    { kind: "killed", range: { min: 3, max: 3 } },
  ]);
  assert.deepEqual(read("12 people, including four children, were killed."), [{ kind: "killed", range: { min: 12, max: 12 } }]);
});

test("people found dead, or one who has been fatally shot, are a toll", () => {
  assert.deepEqual(read("Two herders were found dead near the river."), [{ kind: "killed", range: { min: 2, max: 2 } }]);
  assert.deepEqual(read("1 passer-by has been fatally shot by the police."), [{ kind: "killed", range: { min: 1, max: 1 } }]);
});

test("one person beheaded or killed is counted by the article before a noun of their trade", () => {
  assert.deepEqual(read("Militants beheaded a Vietnamese sailor on the island."), [{ kind: "killed", range: { min: 1, max: 1 } }]);
  assert.deepEqual(read("Gunmen shot dead a tourist near the temple."), [{ kind: "killed", range: { min: 1, max: 1 } }]);
});
