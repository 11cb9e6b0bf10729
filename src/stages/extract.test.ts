import assert from "node:assert/strict";
import { test } from "node:test";
import type { ArticleEvent } from "../core/model.ts";
import { buildArticle } from "../ingest/build-article.ts";
import { extract } from "./extract.ts";

/** Extracts from a made-up article; every span of every field is checked to slice back to its text. */
function run(body: string, published: string | null = "2025-03-15") {
  const article = buildArticle({ id: "t", body, published });
  const out = extract(article);
  for (const e of out.events) {
    for (const f of [e.type, e.date, e.location, e.actor1, e.actor2, e.fatalities, e.injured]) {
      if (f) assert.equal(article.text.slice(f.span.start, f.span.end), f.text);
    }
  }
  return { ...out, text: article.text };
}

const only = (events: ArticleEvent[]): ArticleEvent => {
  assert.equal(events.length, 1, `expected one event, got ${events.map((e) => e.type.value).join(", ")}`);
  return events[0]!;
};

test("site chrome, inserted headlines and author biographies yield no event", () => {
  const body = [
    "Gunmen storm checkpoint in the north",
    "More from Author",
    "Lena Varga",
    "Lena Varga is a senior security correspondent who has covered insurgencies for ten years.",
    "Militants attacked an army checkpoint near Mosul on Thursday, killing four soldiers, officials said.",
    "Rebels shell border town as talks collapse",
    "- Advertisement -",
    "Share Tweet",
  ].join("\n\n");
  const { events } = run(body);
  const e = only(events);
  assert.equal(e.type.value, "armed_clash");
  assert.match(e.evidence.map((s) => body.slice(s.start, s.end)).join(" "), /Militants attacked/);
});

test("retaliatory strikes by jets and rocket artillery are coded by the aircraft", () => {
  const { events } = run(
    "Jordanian jets and rocket artillery carried out retaliatory strikes on smuggling camps in southern Syria on Thursday, the army said.",
  );
  assert.equal(only(events).type.value, "air_drone_strike");
});

test("an ambush on a convoy is a battle, a massacre of villagers an attack on civilians", () => {
  assert.equal(
    only(run("Insurgents ambushed a police convoy outside Kandahar on Monday, killing six officers.").events).type.value,
    "armed_clash",
  );
  assert.equal(only(run("Gunmen massacred 14 villagers in a raid on a farming village near Jos on Monday.").events).type.value, "attack");
});

test("a car bomb, a suicide bombing and a kidnapping get their own types", () => {
  assert.equal(
    only(run("A car bomb exploded outside a hotel in Mogadishu on Tuesday, killing seven people.").events).type.value,
    "remote_explosive_landmine_ied",
  );
  assert.equal(
    only(run("A suicide bomber blew himself up at a market in Maiduguri on Tuesday, killing nine people.").events).type.value,
    "suicide_bomb",
  );
  assert.equal(
    only(run("Bandits kidnapped 30 passengers from a bus near Kaduna on Tuesday, police said.").events).type.value,
    "abduction_forced_disappearance",
  );
});

test("actors are named canonically, whatever alias the text uses", () => {
  const e = only(run("CENTCOM said its aircraft struck a Daesh hideout near Raqqa on Friday, killing two fighters.").events);
  assert.equal(e.actor1?.value.name, "United States");
  assert.equal(e.actor2?.value.name, "Islamic State");
});

test("a named victim keeps the affiliation the text states", () => {
  const e = only(
    run("A drone strike near Idlib on Friday killed Abu Karim al-Shami, a Hurras al-Din commander, according to a monitoring group.")
      .events,
  );
  assert.match(e.actor2?.value.name ?? "", /^Abu Karim al-Shami \(Hurras al-Din affiliate\)$/);
  assert.deepEqual(e.fatalities?.value, { min: 1, max: 1 });
});

test("weekdays resolve backwards from the publication date, never from the clock", () => {
  // 2025-03-15 is a Saturday.
  assert.equal(
    only(run("Militants attacked an army post near Mosul on Friday, killing two soldiers.").events).date?.value.start,
    "2025-03-14",
  );
  const undated = only(run("Militants attacked an army post near Mosul on Friday, killing two soldiers.", null).events);
  assert.equal(undated.date, null);
});

test("last weekend is a week, last month a month", () => {
  const weekend = only(run("Rebels attacked a patrol near Goma last weekend, killing three soldiers.").events).date!.value;
  assert.deepEqual(weekend, { start: "2025-03-08", end: "2025-03-09", precision: "week" });
  const month = only(run("Last month, the two sides signed a ceasefire agreement in Doha.").events).date!.value;
  assert.deepEqual(month, { start: "2025-02-01", end: "2025-02-28", precision: "month" });
});

test("tolls become ranges: qualifiers, lists and an attacker shot dead", () => {
  const e = only(
    run(
      "A gunman opened fire on a border patrol near Rafah on Thursday. Two police officers and a driver were killed in the attack. The gunman was shot dead by guards.",
    ).events,
  );
  assert.deepEqual(e.fatalities?.value, { min: 3, max: 4 });
  const more = only(run("More than 70 people were killed when a car bomb exploded in a market in Baghdad on Thursday.").events);
  assert.deepEqual(more.fatalities?.value, { min: 71, max: null });
});

test("one incident told in several sentences is one event with all of them as evidence", () => {
  const body = [
    "A drone struck a fuel depot near Homs on Wednesday, killing five workers.",
    "The strike set off fires that burned for hours.",
    "Residents said the drone attack was the heaviest in months.",
  ].join(" ");
  const e = only(run(body).events);
  assert.equal(e.evidence.length, 3);
});

test("history, threats and tallies are not events; the tallies are kept as claims", () => {
  const body = [
    "The group once controlled large parts of the province.",
    "Officials warned that strikes on the camps were imminent.",
    "Over the past year, security forces have arrested more than 400 suspects.",
  ].join(" ");
  const { events, claims } = run(body);
  assert.equal(events.length, 0);
  assert.ok(claims.some((c) => c.value.min === 401 && /suspects/.test(c.quantity)));
});

test("quotes are kept with their speaker", () => {
  const { quotes } = run('"We will not let this attack go unanswered," Defence Minister Ana Ruiz said on Friday.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.speaker, "Defence Minister Ana Ruiz");
});

test("an incident in a village the gazetteer lacks is mapped at the part of the country the article names", () => {
  const body = [
    "Drone strike hits car in southern Lebanon",
    "An Israeli drone struck a car on Tuesday in southern Lebanon, killing two Hezbollah members, the army said.",
    "Later on Tuesday, an Israeli drone strike hit a house in the village of Qaryat Zzyzx, wounding a paramedic.",
  ].join("\n");
  const { events } = run(body);
  const village = events.find((e) => e.location?.value.name === "Qaryat Zzyzx");
  assert.ok(village, `no event at the village: ${events.map((e) => e.location?.value.name).join(", ")}`);
  assert.equal(village.location!.value.precision, "region");
  assert.equal(village.location!.value.country, "LB");
  // The point stands inside southern Lebanon, not at the country's centre.
  assert.ok(village.location!.value.lat! < 33.6, `lat ${village.location!.value.lat}`);
});

test("the same ambush told again at a town inside the region first given is one incident, the camp raid last week another", () => {
  const body = [
    "At least eight soldiers died in an ambush in southwestern Niger, the defence ministry said.",
    "The troops were on patrol in the northern part of the Banibangou department when they came under a complex ambush.",
    "The area borders the Tahoua region, where gunmen stormed a camp housing refugees last week, killing five people.",
  ].join("\n");
  const { events } = run(body, null);
  assert.equal(events.length, 2, events.map((e) => `${e.type.value}@${e.location?.value.name}`).join(", "));
  const ambush = events.find((e) => e.fatalities?.value.min === 8);
  assert.equal(ambush?.location?.value.precision, "near");
  assert.notEqual(events.find((e) => e !== ambush)?.location?.value.name, ambush?.location?.value.name);
});

test("rockets fired at positions, or rockets that landed, are shelling", () => {
  const { events } = run("Rockets were fired at army positions near Kirkuk on Tuesday, officials said.");
  assert.equal(only(events).type.value, "shelling_artillery_missile_attack");
  const landed = run("Several Katyusha rockets believed to have been launched by militants landed near a base outside Kirkuk on Tuesday.");
  assert.equal(only(landed.events).type.value, "shelling_artillery_missile_attack");
});

test("the sentence right after a placeless incident gives it its place", () => {
  const body = [
    "The militia struck targets across the border in retaliation on Tuesday.",
    "A drone reportedly hit a military base in the town of Safed, the army said.",
  ].join(" ");
  const { events } = run(body);
  const strike = only(events);
  assert.equal(strike.location?.value.name, "Safed");
  assert.equal(strike.date?.value.start, "2025-03-11");
});

test("'the blast in X', X a quarter the gazetteer lacks, is the blast already told", () => {
  const body = [
    "A car bomb exploded near a shopping mall in Mogadishu on Monday, killing nine people, police said.",
    "Some of the victims died when a building collapsed after the blast in Qaryat Zzyzx market, an official said.",
  ].join(" ");
  assert.equal(only(run(body).events).fatalities?.value.min, 9);
});

test("fighting 'in parts of the city' happened in the city the article is about", () => {
  const body = [
    "Paramilitary fighters killed 20 people in a drone strike on a mosque in El Fasher on Friday, medics said.",
    "El Fasher has been under siege for months.",
    "Heavy fighting on Thursday centred in the western parts of the city, residents said.",
  ].join(" ");
  const fighting = run(body).events.find((e) => e.type.value === "armed_clash");
  assert.equal(fighting?.location?.value.name, "El Fasher");
});

test("'killed Monday in the southern village' happened in the village just named", () => {
  const body = [
    "A drone targeted a car in Qaryat Zzyzx in southern Lebanon on Tuesday during the funeral of a commander who was killed on Monday in the southern village.",
  ].join(" ");
  const { events } = run(body);
  const killing = events.find((e) => e.date?.value.start === "2025-03-10");
  assert.equal(killing?.location?.value.name, "Qaryat Zzyzx");
});

test("a killing told without a place, beside one in another country, stays in the article's country", () => {
  const body = [
    "An Israeli drone strike hit a car in Tyre in southern Lebanon on Tuesday, killing two men.",
    "Mourners gathered for the funeral of a commander who was killed on Monday.",
    "On Monday an airstrike also killed a senior figure in Syria, the army said.",
  ].join(" ");
  const { events } = run(body);
  const monday = events.filter((e) => e.date?.value.start === "2025-03-10");
  assert.deepEqual(monday.map((e) => e.location?.value.country).sort(), ["LB", "SY"]);
});

test("a quotation running over two sentences is words said, not a second incident", () => {
  const body = [
    "The two sides signed a peace agreement in Pretoria on Wednesday, the mediators said.",
    '"This moment is not the end of the process. Implementation of the agreement signed today is critical for its success," the chief mediator said.',
  ].join(" ");
  assert.equal(only(run(body).events).type.value, "agreement");
});

test("an arrest made known without its day or town takes neither the announcement's day nor the attack's town", () => {
  const body = [
    "The army chief has announced the arrest of the suspected gunmen behind the attack on a church in Owo, Ondo State.",
    "He spoke to editors at the Defence Headquarters in Abuja on Tuesday.",
  ].join(" ");
  const { events } = run(body);
  const arrest = events.find((e) => e.type.value === "arrests");
  assert.ok(arrest, events.map((e) => e.type.value).join(", "));
  assert.equal(arrest.date, null);
  assert.notEqual(arrest.location?.value.name, "Owo");
  assert.notEqual(arrest.location?.value.name, "Abuja");
  assert.ok(events.some((e) => e.type.value !== "arrests" && e.location?.value.name === "Owo"));
});

test("regional forces from a province agreeing in a foreign capital agreed in that capital", () => {
  const body = [
    "The government and regional forces from Tigray agreed on Wednesday to cease hostilities.",
    "Delegates from both sides signed an agreement in the South African capital Pretoria.",
  ].join(" ");
  const agreement = only(run(body).events);
  assert.equal(agreement.location?.value.name, "Pretoria");
});

test("an arrest of the men behind an attack follows it up", () => {
  const body = "Police on Monday arrested five gunmen behind the bombing of a market in Kano on March 1, officials said.";
  const { events, links } = run(body);
  const arrest = events.findIndex((e) => e.type.value === "arrests");
  const bombing = events.findIndex((e) => e.type.value !== "arrests");
  assert.ok(arrest >= 0 && bombing >= 0, events.map((e) => e.type.value).join(", "));
  assert.deepEqual(
    links.map((l) => [l.from, l.relation, l.to]),
    [[arrest, "follow_up", bombing]],
  );
});

test("a retaliation for named killings links to the article's killing of one and refers to the other", () => {
  const body = [
    "Last week a drone strike in Beirut killed Hamas deputy leader Karim Haddad.",
    'On Tuesday the group attacked an army headquarters with drones "in response to the killings of Karim Haddad and Omar Saleh."',
  ].join(" ");
  const out = run(body);
  const killing = out.events.findIndex((e) => e.date?.value.precision === "week");
  const answer = out.events.findIndex((e) => e.date?.value.start === "2025-03-11");
  assert.ok(killing >= 0 && answer >= 0, out.events.map((e) => e.date?.value.start).join(", "));
  assert.ok(out.links.some((l) => l.from === answer && l.to === killing && l.relation === "retaliation_for"));
  assert.deepEqual(
    out.references?.map((r) => [r.from, r.victim]),
    [[answer, "Omar Saleh"]],
  );
});

test("an incident put in a named operation carries the operation's name", () => {
  const { events } = run("Coalition jets struck an arms depot near Raqqa on Tuesday as part of Operation Desert Lance, the command said.");
  assert.equal(only(events).operation, "Operation Desert Lance");
});

test("'it' acting stands for the army named acting just before", () => {
  const body = [
    "The Israeli army on Monday killed a senior commander in a strike near Tyre, officials said.",
    "Last week, it also assassinated Hamas deputy leader Karim Haddad in Beirut.",
  ].join(" ");
  const beirut = run(body).events.find((e) => e.location?.value.name === "Beirut");
  assert.equal(beirut?.actor1?.value.name, "Israel");
});

test("a group named as what was hit is not the one that struck", () => {
  const { events } = run("A drone struck a car near the funeral of a Hezbollah commander in Tyre on Tuesday, killing two people.");
  assert.notEqual(only(events).actor1?.value.name, "Hezbollah");
});

test("officials who reveal a toll, and the army the injured came from, are not who struck", () => {
  const body = [
    "A drone struck a base of US troops in Jordan on Sunday.",
    "Several American officials, on condition of anonymity, revealed that three soldiers were killed, and most of the injured were from the army.",
  ].join(" ");
  const { events } = run(body);
  assert.equal(events.length, 1, events.map((e) => `${e.type.value}:${e.actor1?.value.name}`).join(", "));
  assert.equal(events[0]!.fatalities?.value.min, 3);
});

test("a background clause keeps its place to itself", () => {
  const body =
    "The clashes come amid an Israeli military offensive in the Gaza Strip following a cross-border attack by Hamas on Oct. 7, 2023.";
  const attack = run(body).events.find((e) => e.date?.value.start === "2023-10-07");
  assert.notEqual(attack?.location?.value.name, "Gaza Strip");
});

test("'has carried out a fresh attack' is one act, not a tally", () => {
  const { events } = run("Israel has carried out a fresh attack in southern Lebanon on Tuesday, killing three men, officials said.");
  assert.equal(only(events).location?.value.country, "LB");
});

test("'after two years of fighting' dates nothing and makes no background of the agreement", () => {
  const { events } = run(
    "The government and the rebels agreed on a permanent cessation of hostilities in Pretoria on Wednesday after two years of fighting.",
  );
  assert.equal(only(events).type.value, "agreement");
});
