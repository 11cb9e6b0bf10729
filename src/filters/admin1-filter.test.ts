import assert from "node:assert/strict";
import { test } from "node:test";
import { admin1Key, resolveAdmin1s } from "./admin1-filter.ts";

test("a division's name matches with or without the kind of division, in any case, accents aside", () => {
  for (const name of ["Borno", "Borno State", "borno state", "BORNO"]) assert.equal(admin1Key(name), "borno", name);
  assert.equal(admin1Key("Tillabéri Region"), admin1Key("tillaberi"));
  assert.equal(admin1Key("Donetsk Oblast"), admin1Key("Donetsk"));
  assert.equal(admin1Key("Idlib Governorate"), "idlib");
  assert.equal(admin1Key("Khyber-Pakhtunkhwa"), admin1Key("Khyber Pakhtunkhwa"));
});

test("a division whose name is its kind keeps it", () => {
  assert.equal(admin1Key("Free State"), "free state");
  assert.notEqual(admin1Key("Free State"), admin1Key("Free"));
});

test("takes several divisions separated by commas, and nothing for an empty name", () => {
  assert.deepEqual(resolveAdmin1s("Borno State, Yobe"), ["borno", "yobe"]);
  assert.deepEqual(resolveAdmin1s("Borno, borno state"), ["borno"]);
  assert.equal(resolveAdmin1s(" , "), null);
});
