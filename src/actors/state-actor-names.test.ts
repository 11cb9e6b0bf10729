import assert from "node:assert/strict";
import { test } from "node:test";
import { actorCountryName, countryOfDemonym, peopleActor, stateActor } from "./state-actor-names.ts";

test("names every country's state sides the way coders do", () => {
  assert.equal(stateActor("PK", "military").name, "Military Forces of Pakistan");
  assert.equal(stateActor("CO", "police").name, "Police Forces of Colombia");
  assert.equal(stateActor("SD", "government").name, "Government of Sudan");
  assert.equal(stateActor("PH", "military").name, "Military Forces of the Philippines");
});

test("uses the coders' name where it differs from the country data's", () => {
  assert.equal(actorCountryName("TR"), "Turkey");
  assert.equal(stateActor("CD", "military").name, "Military Forces of the Democratic Republic of Congo");
  assert.equal(peopleActor("CD", "civilians").name, "Civilians (Democratic Republic of Congo)");
});

test("names the people of a country as civilians, protesters, rioters or an unnamed group", () => {
  assert.equal(peopleActor("HT", "civilians").name, "Civilians (Haiti)");
  assert.equal(peopleActor("BD", "protesters").name, "Protesters (Bangladesh)");
  assert.equal(peopleActor("NG", "rioters").name, "Rioters (Nigeria)");
  assert.equal(peopleActor("IN", "unidentified").name, "Unidentified armed group (India)");
  assert.equal(peopleActor(null, "civilians").name, "Civilians");
});

test("reads a country from its demonym or name, when only one country has it", () => {
  assert.equal(countryOfDemonym("Nigerian"), "NG");
  assert.equal(countryOfDemonym("Thai"), "TH");
  assert.equal(countryOfDemonym("Colombia"), "CO");
  assert.equal(countryOfDemonym("Armed"), null);
});
