import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";

/** The events of a made-up report, published two days after the incident it tells. */
function events(body: string, published = "2024-04-12") {
  return extract(buildArticle({ id: "t", body, published })).events;
}

function typeOf(body: string): string | undefined {
  return events(body)[0]?.type.value;
}

test("a device told to detonate is a bomb set off", () => {
  assert.equal(
    typeOf("On 10 April 2024, a device was made to detonate beside a campaign rally in Mombasa, wounding two."),
    "remote_explosive_landmine_ied",
  );
});

test("an armed fight between two sides is a clash", () => {
  assert.equal(typeOf("On 10 April 2024, an armed fight ensued between two clans in Garissa."), "armed_clash");
});

test("a base targeted with heavy weapons is shelled", () => {
  assert.equal(typeOf("On 10 April 2024, rebels targeted an army base in Kidal with heavy weapons."), "shelling_artillery_missile_attack");
});

test("villages regained by the army stay regained, whatever arrests or rescues follow", () => {
  const body =
    "On 10 April 2024, the Nigerian army regained three villages near Bama. In the operation 4 fighters were arrested and 30 kidnapped women were rescued.";
  assert.equal(typeOf(body), "government_regains_territory");
});

test("people kidnapped and killed were attacked", () => {
  assert.equal(typeOf("On 10 April 2024, a farmer was kidnapped and killed by gunmen near Dikwa."), "attack");
});

test("bodies found with wounds tell of a killing", () => {
  assert.equal(typeOf("On 10 April 2024, three traders were found dead with stab wounds in a forest near Garissa."), "attack");
});

test("forces leaving a base hand it over without a fight", () => {
  assert.equal(typeOf("On 10 April 2024, foreign troops withdrew from the air base near Kidal."), "non_violent_transfer_of_territory");
});

test("land taken from its owners is property seized", () => {
  assert.equal(typeOf("On 10 April 2024, settlers seized farmland belonging to villagers near Hebron."), "looting_property_destruction");
});

test("injuries to the genitals in custody are sexual violence", () => {
  assert.equal(
    typeOf("On 10 April 2024, a detainee suffered genital injuries during questioning by police in Mombasa."),
    "sexual_violence",
  );
});

test("helicopters used during fighting leave it a battle", () => {
  const body = "On 10 April 2024, fighting broke out between the army and rebels near Sittwe. The army used helicopters during the clash.";
  assert.equal(typeOf(body), "armed_clash");
});

test("missiles fired from the air and from ships are coded by the aircraft", () => {
  assert.equal(typeOf("On 10 April 2024, Russian forces launched air and sea missiles at positions in Pavlohrad."), "air_drone_strike");
});

test("a curfew declared on a stated day is an incident despite a period told in another clause", () => {
  const body = "On 10 April 2024, the government declared a state of emergency in Diffa, a region that has been restive since March 2017.";
  assert.equal(typeOf(body), "change_to_group_activity");
});

test("'killed a civilian' is a toll of one", () => {
  const [e] = events("On 10 April 2024, gunmen killed a civilian in Garissa.");
  assert.equal(e?.type.value, "attack");
  assert.deepEqual(e?.fatalities?.value, { min: 1, max: 1 });
});

test("a leftover grenade set off by farmers is leftover ordnance, not a grenade attack", () => {
  assert.equal(
    typeOf("On 10 April 2024, farmers set off an abandoned grenade in a field near Beni, killing two."),
    "remote_explosive_landmine_ied",
  );
});

test("young men beating a candidate are a mob", () => {
  assert.equal(typeOf("On 10 April 2024, about 10 young men from the village beat a candidate near Sittwe."), "mob_violence");
});

test("soldiers who shot a civilian attacked civilians: the shooters are not the armed side hit", () => {
  assert.equal(typeOf("On 10 April 2024, Afghan soldiers shot and injured 1 civilian, in Baraki Barak district, Logar."), "attack");
});

test("an armed group attacking a village by its name, no armed side named, attacked civilians", () => {
  assert.equal(typeOf("On 10 April 2024, members of an Islamist militia attacked Mocimboa da Praia (Cabo Delgado)."), "attack");
});

test("villagers detained by an armed group are abducted; by the authority that runs the place, arrested", () => {
  assert.equal(typeOf("On 10 April 2024, Arakan Army troops detained 12 villagers in Paletwa."), "abduction_forced_disappearance");
  assert.equal(typeOf("On 10 April 2024, Taliban forces detained 12 villagers in Herat."), "arrests");
});

test("an attack on a village whose defenders fought back is a battle", () => {
  const body = "On 10 April 2024, militants attacked a village in Mandera. Two police reservists were wounded as they fought back.";
  assert.equal(typeOf(body), "armed_clash");
});

test("troops leaving a base named by the troops as subject hand it over", () => {
  assert.equal(typeOf("On 10 April 2024, coalition forces left the Taji military base near Baghdad."), "non_violent_transfer_of_territory");
});

test("an act named only as a charge filed later is no second incident", () => {
  const body = [
    "On 9 April 2024, a prison guard sexually assaulted a detainee in Quezon City.",
    "On 30 May 2024, prosecutors filed charges of rape against the guard.",
  ].join(" ");
  const found = events(body, "2024-06-01");
  assert.equal(found.length, 1);
  assert.equal(found[0]?.date?.value.start, "2024-04-09");
});

test("bullets fired on a protest are excessive force, rubber bullets an intervention", () => {
  const live = "On 10 April 2024, students staged a protest in Dhaka. Police fired bullets at the marchers, injuring 15.";
  const rubber = "On 10 April 2024, students staged a protest in Dhaka. Police fired rubber bullets to disperse them.";
  assert.equal(typeOf(live), "excessive_force_against_protesters");
  assert.equal(typeOf(rubber), "protest_with_intervention");
});

test("a demonstration that turned into a jailbreak is a riot", () => {
  const body = "On 10 April 2024, inmates staged a demonstration at the prison in Bongor. The demonstration escalated into a prison break.";
  assert.equal(typeOf(body), "violent_demonstration");
});

test("a mine found and detonated safely was kept from use", () => {
  assert.equal(typeOf("On 10 April 2024, an unexploded mine was detonated safely by soldiers near Maungdaw."), "disrupted_weapons_use");
});

test("a camp captured after its holders abandoned it changed hands without a fight", () => {
  const body = "On 10 April 2024, the army captured a rebel training camp near Rathedaung. The camp had been abandoned.";
  assert.equal(typeOf(body), "non_violent_transfer_of_territory");
});

test("two groups deciding to stop fighting reached an agreement, and the fighting named as the place's past is no incident", () => {
  const body =
    "On 10 April 2024, two armed groups in Shan State decided to stop fighting after talks in Lashio. The town was the site of the recent fighting between them.";
  const found = events(body);
  assert.deepEqual(
    found.map((e) => e.type.value),
    ["agreement"],
  );
});

test("captives freed, a grave found and forced labour imposed are developments of their own", () => {
  assert.equal(typeOf("On 10 April 2024, 40 civilians were freed by police commandos from an insurgent prison in Tarinkot."), "other");
  assert.equal(typeOf("On 10 April 2024, villagers found a mass grave near Wamena."), "other");
  assert.equal(typeOf("On 10 April 2024, a militia subjected villagers to forced labour near Masisi."), "other");
});

test("weapons and acts news names in their own words decide the type", () => {
  const cases: Array<[string, string]> = [
    ["On 10 April 2024, a chemical attack on Douma left dozens choking.", "chemical_weapon"],
    ["On 10 April 2024, a booby-trapped motorbike exploded in a market in Kabul.", "remote_explosive_landmine_ied"],
    ["On 10 April 2024, a grenade exploded at a bus stop in Mogadishu, wounding four.", "grenade"],
    ["On 10 April 2024, a drone dropped explosives on a checkpoint near Kherson.", "air_drone_strike"],
    ["On 10 April 2024, three activists were forcibly disappeared in Karachi.", "abduction_forced_disappearance"],
  ];
  for (const [body, type] of cases) assert.equal(typeOf(body), type, body);
});

test("police tear gas is no chemical weapon, and an intercepted drone struck nothing", () => {
  assert.notEqual(typeOf("On 10 April 2024, students protested in Dhaka and police fired tear gas."), "chemical_weapon");
  assert.equal(typeOf("On 10 April 2024, Ukrainian forces intercepted a Russian kamikaze-drone over Pavlohrad."), "disrupted_weapons_use");
});

test("a drone shot down whose debris hit homes is coded as the strike, sent by the side that launched it", () => {
  const body =
    "On 10 April 2024, a Russian drone was shot down by the Ukrainian military over Pavlohrad. Debris of the drone hit two houses.";
  const [e] = events(body);
  assert.equal(e?.type.value, "air_drone_strike");
  assert.match(e?.actor1?.value.name ?? "", /Russia/);
});

test("a political meeting broken up by police is a demonstration met with intervention", () => {
  const body = "On 10 April 2024, police broke up a meeting of an opposition party in N'Djamena and fired tear gas at those attending.";
  assert.equal(typeOf(body), "protest_with_intervention");
});

test("people attacked by a group of unarmed men, or choked by them, met a mob", () => {
  assert.equal(
    typeOf("On 10 April 2024, two watchmen were wounded after being attacked by a group of five men in Baliuag."),
    "mob_violence",
  );
  assert.equal(
    typeOf("On 10 April 2024, five unidentified men choked a journalist in front of a burning church in Tangerang."),
    "mob_violence",
  );
});

test("a suicide bomber shot before he could blow himself up was fought, not a suicide bombing", () => {
  const body =
    "On 10 April 2024, soldiers shot and killed a suicide bomber before he could detonate his vest near a checkpoint in Kandahar.";
  assert.notEqual(typeOf(body), "suicide_bomb");
});

test("more of how reports word bombings, interceptions and deals", () => {
  const cases: Array<[string, string]> = [
    ["On 10 April 2024, an attacker detonated his explosive vest at the gate of a mosque in Peshawar.", "suicide_bomb"],
    ["On 10 April 2024, air defences destroyed 15 drones over Kyiv.", "disrupted_weapons_use"],
    ["On 10 April 2024, Hamas released 13 hostages in Rafah as part of a truce deal.", "agreement"],
    ["On 10 April 2024, Russian forces fired Grad rockets at Nikopol.", "shelling_artillery_missile_attack"],
  ];
  for (const [body, type] of cases) assert.equal(typeOf(body), type, body);
});

test("a town in someone's title is not where the incident happened", () => {
  const body =
    "On 10 April 2024, a police officer sexually assaulted a detainee, the former vice mayor of Ozamiz City, at a custodial centre in Quezon City.";
  assert.equal(events(body)[0]?.location?.value.name, "Quezon City");
});
