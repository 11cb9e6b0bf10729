import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

function events(body: string, published = "2025-06-11") {
  return extract(buildArticle({ id: "t", body, published })).events;
}

test("fighting said not to have happened is no incident", () => {
  assert.deepEqual(events("Residents said there was no fighting in Gao on Sunday."), []);
  const found = events("A mortar attack killed two soldiers near Gao on Sunday. There were no clashes in the town on Monday.");
  assert.equal(found.length, 1);
});

test("tolls over months, over a year and over the last hours, and counts of many attacks, are aggregates", () => {
  assert.deepEqual(events("Over 4,200 people were killed between July and February, the agency said."), []);
  assert.deepEqual(events("The agency said more than 3,600 people had been killed this year in gang violence."), []);
  assert.deepEqual(events("There have been over 40 raids, grenade attacks and IED explosions in the last 24 hours."), []);
});

test("a toll told over a period named before it is an aggregate", () => {
  const body =
    "Rights groups counted dozens of raids on villages across Kivu last year. Some 300 villagers were killed during that period.";
  assert.deepEqual(events(body), []);
  assert.deepEqual(events("Gunmen killed 14 farmers near Beni over the same period, the army said."), []);
});

test("a place described by the fighting it saw tells no new incident", () => {
  assert.deepEqual(events("The minister visited the suburb of Ain Zara, which saw some of the heaviest fighting on Tuesday."), []);
});

test("an incident said to have killed nobody has a toll of zero, not an unknown one", () => {
  const [e] = events("Jets struck the outskirts of Gao on Sunday. There were no casualties.");
  assert.deepEqual(e?.fatalities?.value, { min: 0, max: 0 });
  const [f] = events("Jets struck the outskirts of Gao on Sunday.");
  assert.equal(f?.fatalities, null);
});

test("fighting that abated, a war that is raging and attacks of a kind that have taken place are no incidents", () => {
  assert.deepEqual(events("Late on Tuesday the fighting in the capital abated, residents said."), []);
  assert.deepEqual(events("Gulu lies on the road to the north, where the most intense fighting is raging."), []);
  assert.deepEqual(events("These kinds of attacks have taken place in the capital before."), []);
});

test("an attack told in stages, a blast followed by an ambush, is one incident coded by its bomb", () => {
  const found = events("A suicide car bombing followed by an ambush on an army convoy near Gulu on Sunday killed seven soldiers.");
  assert.deepEqual(
    found.map((e) => e.type.value),
    ["suicide_bomb"],
  );
  // A second mention dated by the first ("on the same day as") points back to it.
  const two = events(
    [
      "Gunmen attacked a wedding party in Gulu on Sunday, killing nine guests.",
      "The wedding attack occurred on the same day as a bombing in Lira.",
    ].join("\n\n"),
  );
  assert.equal(two.filter((e) => e.type.value === "attack").length, 1);
});

test("people shot dead at a party with no armed side named are victims of an attack, not a battle", () => {
  const found = events("A shooting at a street party in Gulu on Sunday claimed the lives of at least 11 people.");
  assert.deepEqual(
    found.map((e) => e.type.value),
    ["attack"],
  );
});

test("a workers' strike is no incident: people staying home gather nowhere", () => {
  assert.deepEqual(events("Teachers went on strike in Gulu on Monday over unpaid wages."), []);
  assert.deepEqual(events("A general strike shut shops in Gulu on Monday."), []);
});

test("an incident named only to date something else by it joins the incident told, whoever acts in the clause", () => {
  const found = events(
    [
      "Gunmen killed 20 villagers in an attack on Gulu in the early hours of Sunday.",
      "The government deployed police units to Gulu following the attack and sent medical supplies.",
    ].join("\n\n"),
  );
  assert.equal(found.length, 1, found.map((e) => `${e.type.value} ${e.actor1?.value.name}`).join("; "));
});

test("the day a toll was announced 'by the authorities' is the statement's, not the incident's", () => {
  const found = events(
    [
      "Gunmen opened fire at a street party in Gulu on Sunday night.",
      "The shooting in Gulu claimed the lives of at least 11 people, as announced by local authorities on Tuesday.",
    ].join("\n\n"),
  );
  assert.equal(found.length, 1, found.map((e) => `${e.type.value} ${e.date?.value.start}`).join("; "));
  assert.equal(found[0]!.date?.value.start, "2025-06-08");
});

test("a definite mention of an ambush in a report of one bombing points back to the bombing", () => {
  const found = events(
    [
      "A bomb exploded next to an army convoy in Gulu on Sunday, killing five soldiers.",
      "A rebel group has claimed responsibility for the deadly ambush and said that at least five soldiers were killed.",
    ].join("\n\n"),
  );
  assert.equal(found.length, 1, found.map((e) => e.type.value).join("; "));
});

test("a person described by the attacks they are blamed for tells no new incident", () => {
  const found = events(
    "A drone strike killed two men in a car near Gao on Sunday. The army said one of them was Amadou Sow, responsible for recent bomb attacks in central Mali.",
  );
  assert.equal(found.length, 1);
});

test("a killing 'years ago' in an article without a date is history, not part of the incident told", () => {
  const body =
    "At least twelve people were killed by a blast at a shrine in the city of Quetta. Mourners had gathered there for a cleric who was killed by gunmen six years ago.";
  const [blast, ...rest] = extract(buildArticle({ id: "t", body })).events;
  assert.equal(rest.length, 0);
  assert.ok(!blast?.evidence.some((e) => body.slice(e.start, e.end).includes("six years ago")));
});

test("a toll since a war began or since a month is a tally, while an incident compared with those since stays one", () => {
  assert.deepEqual(events("More than 20,000 people have been killed in Sudan since the war began in April last year."), []);
  assert.deepEqual(events("Since May, bandits have kidnapped more than 300 people in Zamfara state."), []);
  assert.equal(events("Gunmen killed 12 people in Gusau on Monday, the deadliest attack since May, police said.").length, 1);
});
