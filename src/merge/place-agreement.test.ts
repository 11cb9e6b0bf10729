import assert from "node:assert/strict";
import { test } from "node:test";
import type { PlaceValue } from "../core/model.ts";
import { clippedName, comparePlaces, sameName } from "./place-agreement.ts";

const town = (name: string, lat: number, lon: number, admin1 = "Borno"): PlaceValue => ({
  name,
  admin1,
  country: "NG",
  lat,
  lon,
  precision: "exact",
});
const province = (name: string, lat: number, lon: number): PlaceValue => ({
  name,
  admin1: name,
  country: "NG",
  lat,
  lon,
  precision: "admin1",
});

test("one name spelt two ways, or with its division word, is one name", () => {
  assert.ok(sameName("Nushki", "Noshki"));
  assert.ok(sameName("Tahoua Region", "Tahoua"));
  assert.ok(!sameName("Gwoza", "Bama"));
});

test("two towns by two names, kilometres apart, are two places", () => {
  assert.equal(comparePlaces(town("Bama", 11.52, 13.69), town("Gwoza", 11.08, 13.7)).apart, true);
});

test("two towns each report names, within both precisions, may be one spot", () => {
  const a = town("Rann", 12.28, 14.47);
  const b = { ...town("Kala Balge", 12.2, 14.4), precision: "near" as const };
  assert.equal(comparePlaces(a, b).apart, true);
  assert.equal(comparePlaces(a, b, new Set(["kala", "balge"]), new Set()).sameSpot, true);
});

test("a town in the province another report names is consistent, and noted as nested", () => {
  const v = comparePlaces(town("Maiduguri", 11.85, 13.16), province("Borno", 11.5, 13));
  assert.equal(v.apart, false);
  assert.equal(v.nested, true);
});

test("a town of another province is apart, however close the provinces' points", () => {
  assert.equal(comparePlaces(town("Kano", 12, 8.52, "Kano"), province("Jigawa", 12.2, 9.5)).apart, true);
});

test("a town's name placed only in its country still meets the town", () => {
  const unresolved: PlaceValue = { name: "Maiduguri", admin1: null, country: "NG", lat: 10, lon: 8, precision: "country" };
  assert.equal(comparePlaces(town("Maiduguri", 11.85, 13.16), unresolved).sameSpot, true);
  const other: PlaceValue = { ...unresolved, name: "Dikwa" };
  assert.equal(comparePlaces(town("Maiduguri", 11.85, 13.16), other).apart, true);
});

test("a town named like its province is still a town when placed at its point", () => {
  const city: PlaceValue = { name: "Praia", admin1: "Praia", country: "CV", lat: 14.93, lon: -23.51, precision: "exact" };
  const village: PlaceValue = { name: "Achada", admin1: null, country: "CV", lat: 16, lon: -24, precision: "country" };
  assert.equal(comparePlaces(city, village).apart, true);
  // Only the texts' mentions reconcile them: the place is disputed, and names they share say little.
  assert.equal(comparePlaces(city, village, new Set(), new Set(["praia"])).disputed, true);
});

test("two villages placed at their district's seat are two places, and two kibbutzim 7 km apart too", () => {
  const seat = { lat: 33.36, lon: 35.59, admin1: "Nabatieh", country: "LB", precision: "near" as const };
  assert.equal(comparePlaces({ ...seat, name: "Khiam" }, { ...seat, name: "Mays al-Jabal" }).apart, true);
  const a: PlaceValue = { name: "Beeri", admin1: "Southern District", country: "IL", lat: 31.42, lon: 34.49, precision: "exact" };
  const b: PlaceValue = { ...a, name: "Kfar Aza", lat: 31.48, lon: 34.53 };
  assert.equal(comparePlaces(a, b).apart, true);
});

test("a village placed near its district's seat is nested in the seat's district, not a second town", () => {
  const seat = town("Gubio", 12.1, 12.8);
  const village: PlaceValue = { ...town("Foobarkari", 12.1, 12.8), precision: "near" };
  const verdict = comparePlaces(village, seat);
  assert.equal(verdict.apart, false);
  assert.equal(verdict.nested, true);
  assert.equal(verdict.sameSpot, false);
  // Two villages both placed near one seat stay two places.
  assert.equal(comparePlaces(village, { ...village, name: "Foobarwa" }).apart, true);
});

test("two villages the gazetteer lacks, both mapped at their province's point, are two places; the province itself is neither", () => {
  const unplaced = (name: string) => ({ ...province("Borno", 11.5, 13), name });
  assert.equal(comparePlaces(unplaced("Dalwa"), unplaced("Mafa")).apart, true);
  assert.equal(comparePlaces(unplaced("Dalwa"), unplaced("Dalwa")).apart, false);
  assert.equal(comparePlaces(unplaced("Dalwa"), province("Borno", 11.5, 13)).apart, false);
});

test("an unplaced village's name with its last letters clipped by one outlet is the same village", () => {
  const unplaced = (name: string) => ({ ...province("Borno", 11.5, 13), name });
  assert.ok(clippedName("Kumsheri", "Kumshe"));
  const verdict = comparePlaces(unplaced("Kumshe"), unplaced("Kumsheri"));
  assert.equal(verdict.apart, false);
  assert.equal(verdict.sameSpot, true);
});

test("a short name inside a longer one, or a long ending cut off, is no clipped name", () => {
  const unplaced = (name: string) => ({ ...province("Borno", 11.5, 13), name });
  assert.ok(!clippedName("Gubio", "Gubiokr"));
  assert.ok(!clippedName("Kumshe", "Kumshelawan"));
  assert.equal(comparePlaces(unplaced("Kumshe"), unplaced("Kumshelawan")).apart, true);
});

test("two towns the gazetteer places are not matched by a clipped name", () => {
  assert.equal(comparePlaces(town("Kumshe", 11.2, 13.6), town("Kumsheri", 11.6, 13.9)).apart, true);
});
