import assert from "node:assert/strict";
import { test } from "node:test";
import { admin1Key, admin1WithoutKind } from "./admin1-name.ts";

test("drops the kind of division from a first-level division's name", () => {
  assert.equal(admin1WithoutKind("Ondo State"), "Ondo");
  assert.equal(admin1WithoutKind("Tillabéri Region"), "Tillabéri");
  assert.equal(admin1WithoutKind("Balochistan Province"), "Balochistan");
  assert.equal(admin1WithoutKind("Cross River State"), "Cross River");
  assert.equal(admin1WithoutKind("Dhaka Division"), "Dhaka");
});

test("keeps a name that is nothing but its kind, or listed whole", () => {
  assert.equal(admin1WithoutKind("Free State"), "Free State");
  assert.equal(admin1WithoutKind("North Kivu"), "North Kivu");
  assert.equal(admin1WithoutKind("State"), "State");
});

test("a division's key is its name with or without the kind of division, in any case, accents aside", () => {
  for (const name of ["Borno", "Borno State", "borno state", "BORNO"]) assert.equal(admin1Key(name), "borno", name);
  assert.equal(admin1Key("Tillabéri Region"), admin1Key("tillaberi"));
  assert.equal(admin1Key("Donetsk Oblast"), admin1Key("Donetsk"));
  assert.equal(admin1Key("Idlib Governorate"), "idlib");
  assert.equal(admin1Key("Khyber-Pakhtunkhwa"), admin1Key("Khyber Pakhtunkhwa"));
});

test("a division whose name is its kind keeps it in its key", () => {
  assert.equal(admin1Key("Free State"), "free state");
  assert.notEqual(admin1Key("Free State"), admin1Key("Free"));
});
