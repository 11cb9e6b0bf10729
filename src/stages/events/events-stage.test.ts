import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

/** The events of a made-up article, published on a Wednesday. */
function events(body: string, published = "2025-06-11") {
  return extract(buildArticle({ id: "t", body, published })).events;
}

test("a court that struck down a decree or a law made a ruling, not a strike", () => {
  const body = [
    "A high court in Kisumu on Monday overturned a fuel tax imposed by the county.",
    "The judges also struck down a regulation that had doubled the market fees in 2022.",
    "Last year the same court struck down two by-laws on street trading.",
  ].join("\n\n");
  assert.deepEqual(events(body), []);
});

test("a ceasefire held up as background to a strike is no agreement of its own", () => {
  const body = [
    "An Israeli drone strike on a motorbike near Nabatieh on Tuesday killed two men, officials said.",
    "The strike came despite a truce agreed in January between the two sides.",
    "Another strike hit a house in the area last week in violation of the ceasefire reached in January.",
  ].join("\n\n");
  const found = events(body);
  assert.ok(
    found.every((e) => e.type.value !== "agreement"),
    found.map((e) => e.type.value).join(", "),
  );
  // A ceasefire agreed in the sentence's own words still is one.
  assert.equal(events("The army and the rebels signed a ceasefire in Juba on Monday.")[0]?.type.value, "agreement");
});

test("a sentence that only tells the hour of the attack joins it; a bus's destination is not its place", () => {
  const body = [
    "Russian missiles struck a railway station in Sloviansk on Monday, killing four civilians, the governor said.",
    "The attack came shortly after eight in the morning, when travellers were boarding a train to Kharkiv, he said.",
  ].join("\n\n");
  const found = events(body);
  assert.equal(found.length, 1, found.map((e) => `${e.type.value} ${e.location?.value.name}`).join("; "));
  assert.equal(found[0]!.location?.value.name, "Sloviansk");
  assert.equal(found[0]!.evidence.length, 2);
});

test("a demonym and 'government' name the state's government, and the sides of a deal keep the order named", () => {
  const [e] = events("Envoys of the Sudanese government and the Rapid Support Forces signed a truce in Jeddah on Sunday.");
  assert.equal(e?.type.value, "agreement");
  assert.equal(e?.actor1?.value.name, "Government of Sudan");
  assert.equal(e?.actor2?.value.name, "Rapid Support Forces");
  // "government troops" are the state's forces, not its government.
  const [clash] = events("Ethiopian government troops attacked Fano fighters near Gondar on Monday.");
  assert.equal(clash?.actor1?.value.name, "Military Forces of Ethiopia");
});

test("people counted before 'a Russian drone strike' do not hide who struck, and the risen toll is read", () => {
  const [e] = events(
    "The number of people killed in a Russian drone strike on a market in Kherson on June 8 has risen to five, regional officials said.",
  );
  assert.equal(e?.actor1?.value.name, "Military Forces of Russia");
  assert.deepEqual(e?.fatalities?.value, { min: 5, max: 5 });
});

test("a toll after ', in which' belongs to the incident just named", () => {
  const body = [
    "Army jets bombed militant camps near Gao on June 4, killing at least 20 fighters, the army said.",
    "It said the raids were a reply to the ambush of a police patrol near Menaka on June 2, in which six officers died.",
  ].join("\n\n");
  const found = events(body);
  const ambush = found.find((e) => e.date?.value.start === "2025-06-02");
  assert.deepEqual(ambush?.fatalities?.value, { min: 6, max: 6 });
  // Nor is it told again as an incident of its own.
  assert.equal(found.length, 2);
});

test("attackers said only to be 'several' among the dead add nothing to the toll's lower end", () => {
  const events = extract(
    buildArticle({
      id: "t",
      body: "At least 7 soldiers died in an ambush near Menaka in Mali on Friday, the army said. Several attackers were killed in the fighting, it added.",
      published: "2024-05-11",
    }),
  ).events;
  assert.equal(events[0]?.fatalities?.value.min, 7);
});
