/**
 * Joining needs evidence: in a feed of many incidents a day, agreeing on the day, the country and
 * the type is not enough; two outlets' reports of one incident share a specific fact even when
 * they type, date or count it differently.
 */

import assert from "node:assert/strict";
import { test } from "node:test";
import type { ActorValue, PlaceValue } from "../core/model.ts";
import { couldJoin, type ReportRef } from "./cluster-reports.ts";
import { MAIDUGURI, report } from "./report-fixtures.ts";

const KONDUGA: PlaceValue = { name: "Konduga", admin1: "Borno", country: "NG", lat: 11.65, lon: 13.42, precision: "exact" };
const NIGERIA: PlaceValue = { name: "Nigeria", admin1: null, country: "NG", lat: 10, lon: 8, precision: "country" };
const KHIAM: PlaceValue = { name: "Khiam", admin1: "Nabatieh", country: "LB", lat: 33.33, lon: 35.61, precision: "exact" };
const QUSAYR: PlaceValue = { name: "Qusayr", admin1: "Homs", country: "SY", lat: 34.51, lon: 36.58, precision: "exact" };
const KABUL: PlaceValue = { name: "Kabul", admin1: "Kabul", country: "AF", lat: 34.53, lon: 69.17, precision: "exact" };
const SAMANGAN: PlaceValue = { name: "Samangan", admin1: "Samangan", country: "AF", lat: 36.26, lon: 68.02, precision: "admin1" };

/** A report whose victim is a named person. */
function withVictim(ref: ReportRef, name: string): ReportRef {
  const victim: ActorValue = { name, kind: "person", country: "NG" };
  return { ...ref, event: { ...ref.event, actor2: { ...ref.event.actor2!, value: victim } } };
}

test("two towns 30 km apart on one day are two incidents", () => {
  const konduga = {
    ...report("b#0", { place: KONDUGA }),
    evidenceText: "Gunmen attacked a convoy near Konduga on Wednesday, killing six soldiers.",
  };
  assert.equal(couldJoin(report("a#0"), konduga), false);
});

test("strikes on a Lebanese town and a Syrian town the same day stay apart", () => {
  const a = report("a#0", { type: "air_drone_strike", place: KHIAM, killed: null });
  const b = report("b#0", { type: "air_drone_strike", place: QUSAYR, killed: null });
  assert.equal(couldJoin(a, b), false);
});

test("a protest in a city and one in another province the same day stay apart", () => {
  const a = report("a#0", { type: "peaceful_protest", place: KABUL, killed: null });
  const b = report("b#0", { type: "peaceful_protest", place: SAMANGAN, killed: null });
  assert.equal(couldJoin(a, b), false);
});

test("one day, one type, one country and nothing more in common is not one incident", () => {
  const a = report("a#0", { place: NIGERIA, killed: 2 });
  const b = report("b#0", { place: NIGERIA, killed: null });
  assert.equal(couldJoin(a, b), false);
});

test("placed only in their country, two reports with the same toll join", () => {
  assert.equal(couldJoin(report("a#0", { place: NIGERIA, killed: 7 }), report("b#0", { place: NIGERIA, killed: 7 })), true);
});

test("placed only in their country, two reports naming the same victim join, however spelt", () => {
  const a = withVictim(report("a#0", { place: NIGERIA, killed: null }), "Abubakar Sani al-Kanawi");
  const b = withVictim(report("b#0", { place: NIGERIA, killed: null }), "Abubakar Kanawi");
  assert.equal(couldJoin(a, b), true);
});

test("an aircraft shot down and the drone attack on it, at one town on one day, join", () => {
  const a = report("a#0", { type: "disrupted_weapons_use", killed: 12 });
  const b = report("b#0", { type: "air_drone_strike", killed: 13 });
  assert.equal(couldJoin(a, b), true);
});

test("a toll that grows between reports does not keep them apart", () => {
  assert.equal(couldJoin(report("a#0", { killed: 6 }), report("b#0", { killed: 9 })), true);
});

test("'on Sunday' in an undated report joins a report dated that Sunday at the same town", () => {
  const dated = report("a#0", { date: "2025-04-06" });
  const undated = { ...report("b#0", { date: null, weekday: "sunday" }), articleDay: "2025-04-07" };
  assert.equal(couldJoin(dated, undated), true);
});

test("an undated report with nothing specific in common joins nothing", () => {
  const dated = report("a#0", { place: NIGERIA, killed: null });
  const undated = { ...report("b#0", { date: null, place: NIGERIA, killed: null }), articleDay: "2025-04-10" };
  assert.equal(couldJoin(dated, undated), false);
});

test("days further apart than both dates allow are two incidents, even at one town", () => {
  assert.equal(couldJoin(report("a#0", { date: "2025-04-09" }), report("b#0", { date: "2025-04-12" })), false);
});

test("articles on one story join their other reports of that day, named by neither town", () => {
  const a = { ...report("a#1", { place: NIGERIA, killed: null }), story: ["town:NG:maydugri"] };
  const b = { ...report("b#1", { place: NIGERIA, killed: null }), story: ["town:NG:maydugri"] };
  assert.equal(couldJoin(a, b), true);
  assert.equal(couldJoin({ ...a, story: [] }, b), false);
});

test("the same town told by two names a few km apart is one spot", () => {
  const near = { ...MAIDUGURI, name: "Maiduguri Old Town", lat: 11.84, lon: 13.15 };
  assert.equal(couldJoin(report("a#0"), report("b#0", { place: near })), true);
});

test("two neighbouring countries' towns join only when the text states a cross-border incident", () => {
  const launch: PlaceValue = { name: "Kfar Kila", admin1: "Nabatieh", country: "LB", lat: 33.28, lon: 35.55, precision: "exact" };
  const impact: PlaceValue = { name: "Metula", admin1: "Northern District", country: "IL", lat: 33.28, lon: 35.58, precision: "exact" };
  const a = report("a#0", { type: "shelling_artillery_missile_attack", place: launch, killed: 3 });
  const b = report("b#0", { type: "shelling_artillery_missile_attack", place: impact, killed: 3 });
  assert.equal(couldJoin(a, b), false);
  const told = "Rockets fired across the border killed three people, officials said.";
  assert.equal(couldJoin({ ...a, evidenceText: told }, b), true);
});

test("an undated report at one town joins a dated one there only for the same kind of act or with its weekday", () => {
  const dated = report("a#0", { type: "air_drone_strike", killed: null });
  const undated = { ...report("b#0", { date: null, killed: null }), articleDay: "2025-04-20" };
  assert.equal(couldJoin(dated, undated), false);
  assert.equal(couldJoin(report("c#0", { killed: null }), undated), true);
});

test("a day apart at one town, two kinds of act are two incidents unless their tolls tell one", () => {
  const bombing = report("a#0", { type: "suicide_bomb", date: "2025-04-09", killed: 2 });
  const strike = { ...report("b#0", { type: "air_drone_strike", date: "2025-04-08", killed: null }), story: ["town:NG:maydugri"] };
  assert.equal(couldJoin({ ...bombing, story: ["town:NG:maydugri"] }, strike), false);
  assert.equal(
    couldJoin(
      report("c#0", { type: "attack", date: "2025-04-09", killed: 11 }),
      report("d#0", { type: "armed_clash", date: "2025-04-08", killed: 12 }),
    ),
    true,
  );
});

test("a report placed at the wrong town of two its text names still joins on a toll both tell", () => {
  const named: PlaceValue = { name: "Bama", admin1: "Borno", country: "NG", lat: 11.52, lon: 13.69, precision: "exact" };
  const wrong: PlaceValue = { name: "Biu", admin1: "Borno", country: "NG", lat: 10.61, lon: 12.19, precision: "exact" };
  const a = { ...report("a#0", { place: named, killed: 12 }), evidenceText: "Gunmen killed twelve soldiers near Bama, officials said." };
  const b = {
    ...report("b#0", { place: wrong, killed: 12 }),
    evidenceText: "Twelve soldiers died in an attack outside Bama, near Biu, the army said.",
  };
  assert.equal(couldJoin(a, b), true);
  assert.equal(couldJoin(a, { ...b, event: { ...b.event, fatalities: null } }), false);
});

test("one border village's name read in two neighbouring countries joins only on a specific fact", () => {
  const right: PlaceValue = { name: "Aitaroun", admin1: "Nabatieh", country: "LB", lat: 33.12, lon: 35.47, precision: "exact" };
  const wrong: PlaceValue = { name: "Aitaroun", admin1: null, country: "IL", lat: 31.5, lon: 34.9, precision: "country" };
  const a = report("a#0", { type: "air_drone_strike", place: right, killed: 4 });
  assert.equal(couldJoin(a, report("b#0", { type: "air_drone_strike", place: wrong, killed: 4 })), true);
  assert.equal(couldJoin(a, report("c#0", { type: "air_drone_strike", place: wrong, killed: null })), false);
});

test("a report dated only to a year and an undated one, at one town, share no time to speak of: the spot alone does not join them", () => {
  const yearLong = { ...report("a#0", { killed: null }) };
  yearLong.event = {
    ...yearLong.event,
    date: { ...yearLong.event.date!, value: { start: "2025-01-01", end: "2025-12-31", precision: "year" } },
  };
  const undated = { ...report("b#0", { date: null, killed: null }), articleDay: "2025-04-20" };
  assert.equal(couldJoin(yearLong, undated), false);
});

test("a victim one outlet makes a side and another only names joins their reports, however spelt", () => {
  const a = withVictim(report("a#0", { place: NIGERIA, killed: null }), "Mahmoud Hamza");
  const b = { ...report("b#0", { place: NIGERIA, killed: null }), evidenceText: "Soldiers detained Colonel Mahmud Hamza on Wednesday." };
  assert.equal(couldJoin(a, b), true);
  const other = { ...b, evidenceText: "Soldiers detained Colonel Mahmud Hassan on Wednesday." };
  assert.equal(couldJoin(a, other), false);
});

test("two undated reports of one named group's bombing, its tolls apart, join on two uncommon names both give", () => {
  const province: PlaceValue = { name: "Borno", admin1: "Borno", country: "NG", lat: 11.5, lon: 13, precision: "admin1" };
  const undated = (id: string, killed: number, text: string) => ({
    ...report(id, { date: null, weekday: "sunday", place: province, killed, actor1: "Boko Haram" }),
    evidenceText: text,
  });
  const a = undated("a#0", 14, "A bomb tore through the Baptist chapel of Mafa on Sunday, killing 14, the Red Cross said.");
  const b = undated("b#0", 6, "At least six died when a bomb went off at a Baptist church in Borno's Mafa on Sunday.");
  assert.equal(couldJoin(a, b), true);
  // Undated, with no weekday in common, they could be months apart.
  const noWeekday = { ...b, event: { ...b.event, weekday: "monday" } };
  assert.equal(couldJoin(a, noWeekday), false);
  // One group and one place's name are not enough: Boko Haram bombs Borno every week.
  const elsewhere = undated("c#0", 6, "At least six died when a bomb went off at a Baptist church in Borno on Sunday.");
  assert.equal(couldJoin(a, elsewhere), false);
  // Offices and ranks any report names are no names of one incident.
  const offices = (id: string, killed: number, text: string) => undated(id, killed, text);
  assert.equal(
    couldJoin(
      offices("d#0", 14, "The bomb killed 14, the Governor said, as the Army sealed the road."),
      offices("e#0", 6, "Six died in the blast, the Governor told reporters, and the Army said it was searching."),
    ),
    false,
  );
});

test("one two-word name both texts give counts as one name, not two", () => {
  const city: PlaceValue = { name: "Dhaka", admin1: "Dhaka Division", country: "BD", lat: 23.71, lon: 90.41, precision: "exact" };
  const division: PlaceValue = {
    name: "Dhaka Division",
    admin1: "Dhaka Division",
    country: "BD",
    lat: 23.7,
    lon: 90.4,
    precision: "admin1",
  };
  const a = {
    ...report("a#0", { type: "protest_with_intervention", date: "2025-04-09", place: city, killed: null, actor1: "Students (Bangladesh)" }),
    evidenceText: "Students marched in the capital and supporters of the National Front beat them.",
  };
  const b = {
    ...report("b#0", {
      type: "protest_with_intervention",
      date: "2025-04-10",
      place: division,
      killed: null,
      actor1: "Workers (Bangladesh)",
    }),
    evidenceText: "Workers rallied in a suburb and members of the National Front attacked them.",
  };
  assert.equal(couldJoin(a, b), false);
});

test("a massacre one outlet calls a gang's attack and another a clash with the gang joins on the large toll both count", () => {
  const borno: PlaceValue = { name: "Borno", admin1: "Borno", country: "NG", lat: 11.5, lon: 13, precision: "admin1" };
  const gang: ActorValue = { name: "Ansaru", kind: "armed_group", country: "NG" };
  const told = (killed: number) => {
    const attack = report("a#0", { place: NIGERIA, killed, actor1: "Ansaru" });
    const clash = report("b#0", { type: "armed_clash", date: null, place: borno, killed });
    return [attack, { ...clash, event: { ...clash.event, actor2: { ...clash.event.actor2!, value: gang } } }] as const;
  };
  assert.equal(couldJoin(...told(70)), true);
  // Seven dead, told alike, is a common figure: the rest must agree more.
  assert.equal(couldJoin(...told(7)), false);
});

test("seventy dead in a report placed nowhere could be any country's: the figure alone does not join it", () => {
  const borno: PlaceValue = { name: "Borno", admin1: "Borno", country: "NG", lat: 11.5, lon: 13, precision: "admin1" };
  const nowhere = report("a#0", { killed: 70, actor1: "Ansaru" });
  const undated = report("b#0", { date: null, place: borno, killed: 70 });
  const civilians: ActorValue = { name: "Civilians (Nigeria)", kind: "civilians", country: "NG" };
  const b = { ...undated, event: { ...undated.event, actor2: { ...undated.event.actor2!, value: civilians } } };
  assert.equal(couldJoin(nowhere, b), true);
  assert.equal(couldJoin({ ...nowhere, event: { ...nowhere.event, location: null } }, b), false);
});
