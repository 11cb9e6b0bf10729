import assert from "node:assert/strict";
import { test } from "node:test";
import { countryLeadingForce } from "./country-leading-force.ts";

test("a country's name or demonym before a word for its forces names that country", () => {
  assert.equal(countryLeadingForce("Pakistan Army")?.country.code, "PK");
  assert.equal(countryLeadingForce("Chadian Armed Forces")?.country.code, "TD");
  assert.equal(countryLeadingForce("Chadian Armed Forces")?.words, "Chadian");
});

test("names that end in no word for forces, or start with no country, are not forces", () => {
  assert.equal(countryLeadingForce("American University"), null);
  assert.equal(countryLeadingForce("Boko Haram"), null);
  assert.equal(countryLeadingForce("Army"), null);
});
