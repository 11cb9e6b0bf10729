import assert from "node:assert/strict";
import { test } from "node:test";
import { isFacilityName, readWrittenContext } from "./place-finder-context.ts";

const contextOf = (sentence: string, name: string) => {
  const start = sentence.indexOf(name);
  const written = readWrittenContext(sentence, start, start + name.length, sentence.length);
  return {
    level: written.ownLevel,
    items: written.items.map((i) => `${i.name}${i.level ? `/${i.level}` : ""}`),
    bracketed: written.bracketed,
  };
};

test("divisions in brackets after a name are its context", () => {
  assert.deepEqual(contextOf("Rebels raided Foo (Bar District, Lower Juba) at dawn.", "Foo"), {
    level: null,
    items: ["Bar/district", "Lower Juba"],
    bracketed: true,
  });
});

test("divisions after commas, with their kind words, are its context", () => {
  assert.deepEqual(contextOf("A mine went off in Foo village, Bar district, Diyala province.", "Foo").items, [
    "Bar/district",
    "Diyala/admin1",
  ]);
  assert.deepEqual(contextOf("Shells fell near Foo, Kharkiv, overnight.", "Foo").items, ["Kharkiv"]);
});

test("a name's own kind word and the division it is part of are read", () => {
  assert.deepEqual(contextOf("Two died in Foo district of Paktika last week.", "Foo"), {
    level: "district",
    items: ["Paktika"],
    bracketed: false,
  });
  assert.deepEqual(contextOf("A raid on a house in Foo town in Idleb countryside.", "Foo").items, ["Idleb"]);
  assert.deepEqual(contextOf("Gunmen struck Manipur's Foo district.", "Foo").items, ["Manipur"]);
});

test("a list of places and a bracketed acronym are not context", () => {
  assert.deepEqual(contextOf("Strikes hit Foo, Bar and Baz on Monday.", "Foo").items, []);
  assert.deepEqual(contextOf("The Foo Liberation Army (FLA) claimed it.", "Foo Liberation Army").items, []);
  assert.deepEqual(contextOf("Talks with Foo (a former minister) resumed.", "Foo").items, []);
});

test("a school or a church is a building at a place, not a place", () => {
  assert.equal(isFacilityName("Government Secondary School"), true);
  assert.equal(isFacilityName("Mocimboa da Praia"), false);
});

test("a city and its district joined by a dash are two divisions, the finer first", () => {
  assert.deepEqual(contextOf("A blast hit Foo neighbourhood in Mogadishu - Yaqshid (Banadir).", "Foo").items, [
    "Yaqshid",
    "Mogadishu",
    "Banadir",
  ]);
});

test("a kind word written as part of the name says its level, and the bare name is looked up", () => {
  const sentence = "Troops clashed in Foo Township, in Bar State, at dawn.";
  const start = sentence.indexOf("Foo Township");
  const written = readWrittenContext(sentence, start, start + "Foo Township".length, sentence.length);
  assert.deepEqual([written.ownName, written.ownLevel, written.items.map((i) => i.name)], ["Foo", "district", ["Bar"]]);
});
