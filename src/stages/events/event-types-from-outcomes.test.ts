import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

/** The sub-event types of a made-up article, published on a Wednesday. */
function types(body: string, published = "2025-06-11"): string[] {
  return extract(buildArticle({ id: "t", body, published })).events.map((e) => e.type.value);
}

test("a demonstration is typed by what happened at it, told in the sentences after it", () => {
  assert.deepEqual(types("On Monday, teachers protested outside the education ministry in Nairobi over unpaid salaries."), [
    "peaceful_protest",
  ]);
  assert.deepEqual(
    types("On Monday, teachers protested outside the education ministry in Nairobi. Police fired tear gas to disperse them."),
    ["protest_with_intervention"],
  );
  assert.deepEqual(
    types("On Monday, traders demonstrated in Kisumu against a new levy. Officers opened fire on the crowd and two traders were killed."),
    ["excessive_force_against_protesters"],
  );
  // The demonstrators' own violence makes a riot, whatever force met it.
  assert.deepEqual(
    types("On Monday, students demonstrated in Kisumu and threw stones at police, who fired live bullets to disperse them."),
    ["violent_demonstration"],
  );
});

test("unarmed people in a crowd doing violence are rioters, not an armed group", () => {
  assert.deepEqual(types("On Sunday, an angry mob lynched a man accused of stealing a goat in Gulu."), ["mob_violence"]);
  assert.deepEqual(types("On Sunday, villagers beat a suspected thief to death in Gulu."), ["mob_violence"]);
  assert.deepEqual(types("On Sunday, supporters of two rival candidates clashed with sticks in Gulu, injuring eight people."), [
    "mob_violence",
  ]);
  // Villagers hurt in an attack are its victims; gunmen remain an armed group.
  assert.deepEqual(types("On Sunday, gunmen attacked Gulu and five villagers were injured in the attack."), ["attack"]);
});

test("who takes a place decides between the two territory types, and a battle that ends in it is coded by it", () => {
  assert.deepEqual(types("On Sunday, rebels took control of the town of Gulu after clashes with the army."), [
    "non_state_actor_overtakes_territory",
  ]);
  assert.deepEqual(types("On Sunday, Ugandan troops recaptured two villages near Gulu."), ["government_regains_territory"]);
  // Police taking control of the scene of a bombing took no territory.
  assert.deepEqual(types("A bomb exploded at a bus stop in Gulu on Sunday. Police took control of the scene after the explosion."), [
    "remote_explosive_landmine_ied",
  ]);
});

test("a weapon kept from use is disrupted weapons use; an aircraft shot down by a drone is a drone strike", () => {
  assert.deepEqual(types("On Sunday, soldiers found and defused a roadside bomb near Gulu."), ["disrupted_weapons_use"]);
  assert.deepEqual(types("On Sunday, police seized a cache of rifles and ammunition in a house in Gulu."), ["disrupted_weapons_use"]);
  assert.deepEqual(types("On Sunday, a bomb exploded prematurely in Gulu, killing the two men carrying it."), ["disrupted_weapons_use"]);
  assert.deepEqual(types("On Sunday, an army helicopter was shot down by a drone near Gulu, killing four soldiers."), ["air_drone_strike"]);
  // A depot that is hit is a target, not a seizure.
  assert.deepEqual(types("On Sunday, a drone strike hit a weapons depot near Gulu, killing two guards."), ["air_drone_strike"]);
});

test("rape decides the type of the incident it is told with", () => {
  assert.deepEqual(types("On Sunday, gunmen abducted three women near Gulu and raped them."), ["sexual_violence"]);
});

test("property looted or burned is its own type alone, and part of an attack told with it", () => {
  assert.deepEqual(types("On Sunday, militiamen looted shops and set houses on fire in Gulu. Nobody was hurt."), [
    "looting_property_destruction",
  ]);
  assert.deepEqual(types("On Sunday, gunmen attacked Gulu, killing six villagers, and looted shops."), ["attack"]);
});

test("a curfew imposed is a change to group activity; an emergency declared at hospitals is none", () => {
  assert.deepEqual(types("On Sunday, the government imposed a curfew on Gulu."), ["change_to_group_activity"]);
  assert.deepEqual(types("After the crash on Sunday, a state of emergency was declared at hospitals in Gulu."), []);
});

test("an incident dated by a past year alone, with no town, is history", () => {
  assert.deepEqual(types("The group, which seized control of large areas of the north in 2014, rejected the 2016 peace agreement."), []);
  assert.ok(
    types("Crowds gathered in Baghdad to mark the death of the general, who was killed in a 2020 drone strike.").includes(
      "air_drone_strike",
    ),
  );
});

test("a place taken in the fighting told beside it is one incident, and a foreign army overtakes rather than regains", () => {
  const body = "On Sunday, following clashes, Russian forces took the village of Dovhenke in Ukraine.";
  assert.deepEqual(types(body), ["non_state_actor_overtakes_territory"]);
});

test("unarmed people killed by soldiers' fire make violence against civilians, not a battle", () => {
  assert.deepEqual(types("On Sunday, two civilians were killed by army fire in Gulu."), ["attack"]);
  assert.deepEqual(types("On Sunday, gunmen attacked a village near Gulu, injuring two herders."), ["attack"]);
});

test("a crowd that stones someone to death and burns the body is a mob, however many words stand between", () => {
  assert.deepEqual(types("On Sunday, residents stoned a man suspected of theft to death and set his body alight in Gulu."), [
    "mob_violence",
  ]);
});

test("one incident told with its weapon, or with the bomb named and then going off, is one event", () => {
  assert.deepEqual(types("On Sunday, the rebels attacked an army patrol with an IED on the road near Gulu. Two soldiers were killed."), [
    "remote_explosive_landmine_ied",
  ]);
  assert.deepEqual(types("On Sunday, a car bomb planted by the rebels detonated at a checkpoint in Gulu, killing four soldiers."), [
    "remote_explosive_landmine_ied",
  ]);
});

test("vague tolls are read as coders read them: dozens as 12, hundreds as 100", () => {
  const toll = (body: string) => extract(buildArticle({ id: "t", body, published: "2025-06-11" })).events[0]?.fatalities?.value;
  assert.deepEqual(toll("Dozens of people were killed when gunmen attacked a market in Gulu on Sunday."), { min: 12, max: null });
  assert.deepEqual(toll("Hundreds of people were killed when jets bombed a market in Gulu on Sunday."), { min: 100, max: null });
});

test("hostages taken, a missile fired, a grenade thrown, stones thrown and tyres burned are each read", () => {
  assert.deepEqual(types("On Sunday, the militants took 30 villagers hostage near Gulu."), ["abduction_forced_disappearance"]);
  assert.deepEqual(types("On Sunday, the army fired a missile at a school in Gulu."), ["shelling_artillery_missile_attack"]);
  assert.deepEqual(types("On Sunday, two men threw a hand grenade at a shop in Gulu."), ["grenade"]);
  assert.deepEqual(types("On Sunday, a group of youths threw stones at soldiers in Gulu."), ["mob_violence"]);
  assert.deepEqual(types("On Sunday, angry youths burned tyres on the main road in Gulu against the eviction of traders."), [
    "violent_demonstration",
  ]);
});

test("the weapon named decides over the word for what it did", () => {
  assert.deepEqual(types("On Sunday, a grenade thrown by two men exploded in the market of Gulu, injuring three people."), ["grenade"]);
  assert.deepEqual(types("On Sunday, the air force launched a missile strike at Gulu."), ["air_drone_strike"]);
  assert.deepEqual(types("On Sunday, a car ran over a landmine near Gulu, killing one civilian."), ["remote_explosive_landmine_ied"]);
  // Riot police are police; petrol bombs thrown by rioters are no planted bomb.
  assert.deepEqual(types("On Sunday, anti riot police fired tear gas at thousands of demonstrators in Gulu."), [
    "protest_with_intervention",
  ]);
  assert.deepEqual(types("On Sunday, rioters threw petrol bombs at a bus in Gulu."), ["violent_demonstration"]);
});

test("people taken and then killed are coded as an attack", () => {
  assert.deepEqual(types("On Sunday, the rebels abducted five farmers near Gulu and killed two of them."), ["attack"]);
});

test("weapons seized, however told, are kept from use; 'frequent' car accidents are no tally of attacks", () => {
  assert.deepEqual(types("On Sunday, police seized a large number of weaponry from suspects in Gulu."), ["disrupted_weapons_use"]);
  assert.deepEqual(types("On Sunday, officials displayed 200 weapons and ammunition that were seized in Gulu."), ["disrupted_weapons_use"]);
  assert.deepEqual(types("On Sunday, residents of Gulu blocked a road, protesting over frequent car accidents."), ["peaceful_protest"]);
});

test("a crowd named before police who attacked it did not do the violence", () => {
  assert.notDeepEqual(types("On Sunday, crowds gathered in the square of Gulu and police attacked them."), ["mob_violence"]);
});

test("'bombed' is read by who bombed with what: a state's military from the air, anyone else with a bomb", () => {
  assert.deepEqual(types("On Sunday, the Ugandan military bombed a gathering in Gulu, killing 30 people."), ["air_drone_strike"]);
  assert.deepEqual(types("On Sunday, the rebels bombed a bus station in Gulu, killing three people."), ["remote_explosive_landmine_ied"]);
  assert.deepEqual(types("On Sunday, the Ugandan army bombed rebel positions near Gulu with artillery."), [
    "shelling_artillery_missile_attack",
  ]);
});

test("a mediator announcing a truce agreement between two sides reports an agreement", () => {
  assert.deepEqual(
    types("The Kenyan foreign ministry announced on Tuesday a truce agreement between Sudan and South Sudan after talks in Nairobi."),
    ["agreement"],
  );
});

test("an agreement told in the pluperfect ('a deal had been reached') is an agreement", () => {
  assert.deepEqual(
    types("Late on Monday, elders in Misrata announced that a deal had been reached between the two brigades to end the fighting."),
    ["agreement"],
  );
});

test("sides that 'agreed Monday to a truce' reached an agreement, the day between the verb and its object", () => {
  assert.deepEqual(types("Sudan and South Sudan agreed Monday to an immediate truce during talks in Nairobi."), ["agreement"]);
});
