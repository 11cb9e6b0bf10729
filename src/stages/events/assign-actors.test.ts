import assert from "node:assert/strict";
import { test } from "node:test";
import { buildArticle } from "../../ingest/build-article.ts";
import { extract } from "../extract.ts";
import { PASSIVE_AFTER } from "./assign-actors.ts";

/** The events of a made-up article, published on a Wednesday. */
function events(body: string, published = "2025-06-11") {
  return extract(buildArticle({ id: "t", body, published })).events;
}

test("fighters counted as members of a named group are that group, in the place of the common noun", () => {
  const found = events("Soldiers killed 12 militants from the Baloch Liberation Army near Turbat on Monday.");
  const names = found.flatMap((e) => [e.actor1?.value.name, e.actor2?.value.name]);
  assert.ok(names.includes("BLA: Baloch Liberation Army"), names.join(", "));
  assert.ok(!found.some((e) => e.actor1?.value.name === "BLA: Baloch Liberation Army"), names.join(", "));
});

test("militants nobody names are an unidentified armed group of the event's country, not jihadists", () => {
  const found = events("Militants opened fire on a village in Churachandpur district of Manipur on Sunday, killing two villagers.");
  assert.equal(found[0]?.actor1?.value.name, "Unidentified armed group (India)");
});

test("a sentence opening on 'The forces' goes on with the state force just named", () => {
  const body = "Ugandan troops attacked farm workers near Marka on Monday. The forces fired mortar shells at the farm.";
  const found = events(body);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.actor1?.value.name, "Military Forces of Uganda");
});

test("demonstrators of a peaceful protest are actor1, named by their country, and nobody is actor2", () => {
  const found = events("Students protested against job quotas in Dhaka on Monday.");
  assert.equal(found[0]?.actor1?.value.name, "Protesters (Bangladesh)");
  assert.equal(found[0]?.actor2, null);
});

test("a demonym the place reading did not keep still names whose forces they are", () => {
  const found = events("Nigerian Armed Forces clashed with local militias at a village in Anka on Sunday.");
  assert.equal(found[0]?.actor1?.value.name, "Military Forces of Nigeria");
});

test("an agency that reported the toll is not taken for the side that acted", () => {
  const found = events("The United Nations said an airstrike killed 12 people in a market in Sennar on Monday.");
  assert.ok(found.length > 0);
  assert.notEqual(found[0]?.actor1?.value.name, "United Nations");
});

test("the gunmen said to belong to a named group make that group the perpetrator of the incident just told", () => {
  const body = [
    "Gunmen killed at least 30 people in the town of Saint-Marc on Thursday, officials said.",
    "The gunmen belonging to the Gran Grif gang fired on residents as they fled.",
  ].join("\n\n");
  const found = events(body);
  assert.equal(found[0]?.actor1?.value.name, "Gran Grif");
});

test("who condemns a strike is not taken for its author", () => {
  const body = "Pakistani airstrikes killed 20 people in Paktika on Tuesday. The Taliban condemned the strikes on Wednesday.";
  const found = events(body);
  assert.ok(
    found.every((e) => e.actor1?.value.name !== "Taliban"),
    found.map((e) => e.actor1?.value.name).join(", "),
  );
});

test("an incident said to be the work of a named side is credited to it", () => {
  const body = [
    "A roadside bomb wounded four rangers on patrol in Yala province on Friday.",
    "Police believed the blast was the work of Patani insurgents.",
  ].join("\n\n");
  const found = events(body);
  assert.equal(found[0]?.actor1?.value.name, "Muslim insurgents (southern Thailand)");
});

test("the named subject of a sentence acted in the clashes its later clause tells of", () => {
  const found = events("On Sunday, CCMSR rebels seized the Kouri Bougoudi gold fields following clashes with the army.");
  const clash = found.find((e) => e.type.value === "armed_clash" || e.type.value === "non_state_actor_overtakes_territory");
  assert.equal(clash?.actor1?.value.name, "CCMSR: Military Command Council for the Salvation of the Republic");
});

test("the police who broke up a protest in the next sentence are the protest's second side", () => {
  const found = events("Hundreds of students protested in Dhaka on Monday against job quotas. Police fired tear gas to disperse them.");
  const protest = found.find((e) => e.type.value.includes("protest"));
  assert.equal(protest?.actor1?.value.name, "Protesters (Bangladesh)");
  assert.equal(protest?.actor2?.value.name, "Police Forces of Bangladesh");
});

test("a side that repelled an attack is not its author", () => {
  const found = events("On Wednesday, Russian forces attacked near Avdiivka but were repelled by the Ukrainian military.");
  assert.equal(found[0]?.actor1?.value.name, "Military Forces of Russia");
});

test("a group named before ', who were arrested' is the side arrested, not the one arresting", () => {
  assert.ok(PASSIVE_AFTER.test(", who were arrested in Hiraan region, include three commanders"));
  assert.ok(PASSIVE_AFTER.test(" who were detained on Sunday"));
  assert.ok(!PASSIVE_AFTER.test(", who arrested three men on Sunday"));
});

test("a group named only in the setting of a strike is none of its sides", () => {
  const found = events(
    "An Israeli drone struck a car near Tyre on Monday amid ongoing hostilities with Hezbollah. Two people were wounded.",
  );
  assert.equal(found.length, 1);
  assert.equal(found[0]?.actor1?.value.name, "Israel");
  assert.equal(found[0]?.actor2?.value.name, "Civilians (Lebanon)");
});

test("a toll of wounded told in a sentence of its own tells who the strike hit", () => {
  const found = events("On Monday, missiles hit a cultural centre in Izium. Eight people were injured.");
  assert.equal(found.length, 1);
  assert.equal(found[0]?.actor2?.value.name, "Civilians (Ukraine)");
  assert.equal(found[0]?.injured?.value.min, 8);
});

test("soldiers or police among the dead, named by no demonym, are the forces of the event's country", () => {
  const found = events("On Monday, a police officer was shot dead by gunmen in Eldoret, Kenya.");
  assert.equal(found[0]?.actor2?.value.name, "Police Forces of Kenya");
  const blast = events("On Monday, two soldiers were killed when a roadside bomb hit their truck near Gao, Mali.");
  assert.equal(blast[0]?.actor2?.value.name, "Military Forces of Mali");
});

test("a state's positions or base, named by its demonym, are its forces acted upon", () => {
  const found = events("On Monday, Russian forces shelled Ukrainian positions near Kupiansk.");
  assert.equal(found[0]?.actor2?.value.name, "Military Forces of Ukraine");
  const base = events("Militants fired rockets at a Turkish military base near Afrin on Monday.");
  assert.equal(base[0]?.actor2?.value.name, "Military Forces of Turkey");
});

test("police who act are the state's police, with or without 'the'", () => {
  const found = events("On Monday, police arrested 30 people in Kisumu, Kenya, on suspicion of arson.");
  assert.equal(found[0]?.actor1?.value.name, "Police Forces of Kenya");
});

test("a state's forces named by what they are ('regime forces') are the forces of the state the event is in", () => {
  const found = events("On Monday, Syrian regime forces shelled the village of Kafr Nabl with artillery.");
  assert.equal(found[0]?.actor1?.value.name, "Military Forces of Syria");
});

test("the group of the people hit is acted upon, not the actor", () => {
  const found = events("On Monday, gunmen attacked army positions near Kafr Nabl, Syria, killing two officers from the regime forces.");
  assert.notEqual(found[0]?.actor1?.value.name, "Military Forces of Syria");
});

test("demonstrators and the police who dispersed them are one incident", () => {
  const body =
    "On Monday, nurses staged a demonstration in front of the town hall in Cebu City. Police dispersed the demonstrators after an hour.";
  const found = events(body);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.actor2?.value.name, "Police Forces of the Philippines");
});

test("militias named only by the side they take are pro-government or pro-Iran militias of the event's country", () => {
  const found = events("On Monday, pro-regime militias shelled a Turkish military base near Afrin, Syria.");
  assert.equal(found[0]?.actor1?.value.name, "Militia (Pro-Government) (Syria)");
  assert.equal(found[0]?.actor2?.value.name, "Military Forces of Turkey");
});

test("a force named right after 'said' and right before the act's verb is the side that acted", () => {
  const found = events("A governor said the military arrested six gunmen in Lokoja, Kogi State, on Monday.");
  assert.equal(found[0]?.actor1?.value.name, "Military Forces of Nigeria");
});

test("a force named after 'said' at the end of the account only tells of it", () => {
  const found = events("Gunmen attacked a checkpoint in Lokoja, Kogi State, on Monday, killing two civilians, said the military.");
  assert.notEqual(found[0]?.actor1?.value.name, "Military Forces of Nigeria");
});

test("a fight that broke out between two named sides has both, in the order named, a side's noun read with its name", () => {
  const found = events("On Monday, clashes took place between Ansaru gunmen and Nigerian troops near Birnin Gwari.");
  assert.equal(found[0]?.actor1?.value.name, "Ansaru");
  assert.equal(found[0]?.actor2?.value.name, "Military Forces of Nigeria");
  const erupted = events("Heavy fighting erupted between government troops and FARC dissidents in Cauca on Monday.");
  assert.equal(erupted[0]?.actor1?.value.name, "Military Forces of Colombia");
  assert.equal(erupted[0]?.actor2?.value.name, "FARC dissidents");
});

test("the agent of another verb after the trigger is the side acted upon, not the trigger's agent", () => {
  const found = events("On Monday, Nigerian troops cleared Gava village near Bama and encountered resistance from Boko Haram.");
  assert.equal(found[0]?.type.value, "government_regains_territory");
  assert.equal(found[0]?.actor1?.value.name, "Military Forces of Nigeria");
  assert.equal(found[0]?.actor2?.value.name, "Boko Haram");
});

test("officers or members of a named body who act are that body acting, not its target", () => {
  const officers = events("On Monday, officers of the Iraqi National Intelligence Service arrested two smugglers in Kirkuk.");
  assert.equal(officers[0]?.actor1?.value.name, "Police Forces of Iraq (Iraqi National Intelligence Service)");
  const members = events("On Monday, two members of the PMF, who guard a local official, abducted a man in Mosul.");
  assert.equal(members[0]?.actor1?.value.name, "Military Forces of Iraq (Popular Mobilization Forces)");
  const hit = events("On Monday, the army ambushed fighters of the Arakan Army near Sittwe, killing five.");
  assert.equal(hit[0]?.actor2?.value.name, "ULA/AA: United League of Arakan/Arakan Army");
});

test("a fighter killed in a clash with another side is of one side, the other the side he fought", () => {
  const found = events("On Monday, a suspected NPA rebel was shot dead in a clash with the military in Bulacan.");
  assert.equal(found[0]?.actor1?.value.name, "NPA: New People's Army");
  assert.equal(found[0]?.actor2?.value.name, "Military Forces of the Philippines");
});

test("munitions a war left behind are coded to unidentified military forces, a roadside bomb to an unidentified armed group", () => {
  const uxo = events("On Monday, a boy was injured when a piece of unexploded ordnance went off in a field near Izium, Kharkiv region.");
  assert.equal(uxo[0]?.actor1?.value.name, "Unidentified Military Forces (Ukraine)");
  const ied = events("On Monday, a roadside bomb exploded near a police van in Kandahar, killing two officers.");
  assert.equal(ied[0]?.actor1?.value.name, "Unidentified armed group (Afghanistan)");
});

test("the side places were regained from is acted upon, however long the list of places between", () => {
  const found = events(
    "On Monday, Nigerian troops regained the villages of Matiri, Sheworam and Charikwenti, all in the Mainok area of Borno, from Boko Haram.",
  );
  assert.equal(found[0]?.type.value, "government_regains_territory");
  assert.equal(found[0]?.actor1?.value.name, "Military Forces of Nigeria");
  assert.equal(found[0]?.actor2?.value.name, "Boko Haram");
});

test("fire launched from one place at another happens where it lands", () => {
  const found = events(
    "On Monday, Hamas militants fired barrages of rockets from Gaza at Sderot, with several direct hits within the town.",
  );
  assert.equal(found[0]?.location?.value.name, "Sderot");
});

test("gunmen said to belong to a faction of a named group are that group; a group affiliated with another is not it", () => {
  const cartel = events(
    "On Monday, gunmen believed to belong to a faction of the Sinaloa Cartel killed four police officers near Culiacan.",
  );
  assert.equal(cartel[0]?.actor1?.value.name, "Sinaloa Cartel");
  assert.equal(cartel[0]?.actor2?.value.name, "Police Forces of Mexico");
  const affiliate = events(
    "On Monday, a church in Beni was bombed by an armed group affiliated with the Islamic State, killing nine worshippers.",
  );
  assert.notEqual(affiliate[0]?.actor1?.value.name, "Islamic State");
});

test("soldiers or troops opening a clause are the state's forces of the event's country", () => {
  const found = events("On Monday, troops raided a hideout of the Arakan Army near Sittwe.");
  assert.equal(found[0]?.actor1?.value.name, "Military Forces of Myanmar");
});

test("a group that claimed an attack in the passive is its perpetrator, not its target", () => {
  const found = events(
    "On Saturday, suspected jihadists killed at least 30 soldiers in an attack on a military post in Djibo. The assault was claimed by the group JNIM.",
  );
  assert.equal(found[0]?.actor1?.value.name, "JNIM: Group for Support of Islam and Muslims");
  assert.equal(found[0]?.actor2?.value.name, "Military Forces of Burkina Faso");
});

test("a fight between two named sides keeps both, whoever it killed", () => {
  const found = events(
    "On Friday, fighting between ELN guerrillas and dissidents of the former FARC rebel group near Tibu killed 12 people.",
  );
  assert.equal(found[0]?.actor1?.value.name, "ELN: National Liberation Army");
  assert.equal(found[0]?.actor2?.value.name, "FARC dissidents");
});

test("students who clash with police are rioters and the police the side they met, a count before them no target", () => {
  const found = events("On Thursday, thousands of students clashed with police in Dhaka.");
  assert.equal(found[0]?.actor1?.value.name, "Rioters (Bangladesh)");
  assert.equal(found[0]?.actor2?.value.name, "Police Forces of Bangladesh");
  const protest = events("On Thursday, students clashed with police in Dhaka as protests over job quotas turned violent.");
  assert.equal(protest[0]?.type.value, "violent_demonstration");
});
