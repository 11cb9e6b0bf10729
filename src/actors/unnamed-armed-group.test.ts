import assert from "node:assert/strict";
import { test } from "node:test";
import { findNamedActors } from "./actor-lexicon.ts";
import { isUnnamedArmedGroup, placeUnnamed, unnamedArmedGroup } from "./unnamed-armed-group.ts";

test("codes unnamed militants to an unidentified armed group of the event's country", () => {
  const text = "Militants ambushed a patrol of the Assam Rifles in the hills on Sunday.";
  assert.equal(unnamedArmedGroup("IN", text).name, "Unidentified armed group (India)");
});

test("calls them jihadist only when the article itself does", () => {
  const text = "Gunmen killed nine herders; the area has long been hit by jihadist groups.";
  assert.equal(unnamedArmedGroup("ML", text).name, "Jihadist militants (Mali)");
});

test("gives an unnamed group its country and leaves named actors alone", () => {
  const gunmen = { name: "Unidentified armed group", kind: "armed_group" as const, country: null };
  assert.equal(placeUnnamed(gunmen, "TH", "Gunmen opened fire.").name, "Unidentified armed group (Thailand)");
  const named = { name: "Arakan Army", kind: "armed_group" as const, country: "MM" };
  assert.equal(placeUnnamed(named, "MM", "").name, "Arakan Army");
  assert.equal(isUnnamedArmedGroup(named), false);
  assert.equal(isUnnamedArmedGroup({ ...gunmen, name: "Unidentified armed group (Haiti)" }), true);
});

test("does not take a group named by a descriptive alias outside its own country", () => {
  const text = "Maoists ambushed a police patrol in the hills.";
  const maoists = findNamedActors(text, 0, text.length)[0]!.actor;
  assert.equal(placeUnnamed(maoists, "IN", text).name, maoists.name);
  assert.equal(placeUnnamed(maoists, "PH", text).name, "Unidentified armed group (Philippines)");
});

test("reads an alias two groups share as the one of the event's country", () => {
  const text = "The SNA shelled positions overnight.";
  const sna = findNamedActors(text, 0, text.length)[0]!.actor;
  assert.equal(placeUnnamed(sna, "SY", text).name, "JWS: Syrian National Army");
  assert.equal(placeUnnamed(sna, "SO", text).name, "Military Forces of Somalia");
});

test("keeps a bound alias in a neighbouring country, and any actor in talks held abroad", () => {
  const text = "ADF fighters raided a school.";
  const adf = findNamedActors(text, 0, text.length)[0]!.actor;
  assert.equal(placeUnnamed(adf, "UG", text).name, adf.name);
  assert.equal(placeUnnamed(adf, "AU", text).name, "Unidentified armed group (Australia)");
  assert.equal(placeUnnamed(adf, "SA", text, false).name, adf.name);
});

test("names a community's militia by the country it acts in", () => {
  const text = "Suspected herdsmen attacked farmers near Makurdi.";
  const herders = findNamedActors(text, 0, text.length)[0]!.actor;
  assert.equal(placeUnnamed(herders, "NG", text).name, "Fulani Ethnic Militia (Nigeria)");
  assert.equal(placeUnnamed(herders, null, text).name, "Fulani Ethnic Militia");
});

test("reads an initialism several armies share as the army of the event's country before any neighbour's", () => {
  const text = "FDS troops repelled an attack on their base.";
  const fds = findNamedActors(text, 0, text.length)[0]!.actor;
  assert.equal(placeUnnamed(fds, "NE", text).name, "Military Forces of Niger");
  assert.equal(placeUnnamed(fds, "MZ", text, false).name, "Military Forces of Mozambique");
});
