import assert from "node:assert/strict";
import { test } from "node:test";
import { countryFilterHelp, resolveCountry } from "./country-filter.ts";

test("takes a country's two- and three-letter codes in any case", () => {
  for (const text of ["SY", "sy", "SYR", "syr"]) assert.equal(resolveCountry(text), "SY", text);
});

test("takes a country's common and official names, with or without accents, and the names coders and news use", () => {
  assert.equal(resolveCountry("Syria"), "SY");
  assert.equal(resolveCountry("syrian arab republic"), "SY");
  assert.equal(resolveCountry("Türkiye"), "TR");
  assert.equal(resolveCountry("Turkey"), "TR");
  assert.equal(resolveCountry("Turkiye"), "TR");
  assert.equal(resolveCountry("DR Congo"), "CD");
  assert.equal(resolveCountry("Democratic Republic of Congo"), "CD");
  assert.equal(resolveCountry("the United States"), "US");
  assert.equal(resolveCountry("Niger"), "NE");
  assert.equal(resolveCountry("Nigeria"), "NG");
});

test("finds nothing for a name no country has, and suggests names that begin alike", () => {
  assert.equal(resolveCountry("Atlantis"), null);
  assert.match(countryFilterHelp("Nigera"), /Nigeria \(NG\)/);
  assert.match(countryFilterHelp("Atlantis"), /ISO 3166-1 code/);
});
