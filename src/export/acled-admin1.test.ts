import assert from "node:assert/strict";
import { test } from "node:test";
import { acledAdmin1 } from "./acled-admin1.ts";

test("drops the kind of division from a first-level division's name", () => {
  assert.equal(acledAdmin1("Ondo State"), "Ondo");
  assert.equal(acledAdmin1("Tillabéri Region"), "Tillabéri");
  assert.equal(acledAdmin1("Balochistan Province"), "Balochistan");
  assert.equal(acledAdmin1("Cross River State"), "Cross River");
  assert.equal(acledAdmin1("Dhaka Division"), "Dhaka");
});

test("keeps a name that is nothing but its kind, or listed whole", () => {
  assert.equal(acledAdmin1("Free State"), "Free State");
  assert.equal(acledAdmin1("North Kivu"), "North Kivu");
  assert.equal(acledAdmin1("State"), "State");
});
