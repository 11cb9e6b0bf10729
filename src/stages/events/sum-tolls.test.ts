import assert from "node:assert/strict";
import { test } from "node:test";
import { sumTolls } from "./sum-tolls.ts";

const r = (min: number, max: number | null = min) => ({ min, max });

test("tolls of different sides of one incident add up; of one side, the largest stands", () => {
  assert.deepEqual(
    sumTolls([
      { who: "four soldiers", range: r(4) },
      { who: "12 of the attackers", range: r(12) },
    ]),
    r(16),
  );
  assert.deepEqual(
    sumTolls([
      { who: "three soldiers", range: r(3) },
      { who: "five soldiers", range: r(5) },
    ]),
    r(5),
  );
  assert.deepEqual(
    sumTolls([
      { who: "at least 20 militants", range: r(20, null) },
      { who: "two civilians", range: r(2) },
    ]),
    r(22, null),
  );
});

test("a toll of people of no stated side stands unless the sides' sum is larger", () => {
  assert.deepEqual(
    sumTolls([
      { who: "12 people", range: r(12) },
      { who: "four soldiers", range: r(4) },
    ]),
    r(12),
  );
  assert.deepEqual(
    sumTolls([
      { who: "three people", range: r(3) },
      { who: "four soldiers", range: r(4) },
      { who: "two gunmen", range: r(2) },
    ]),
    r(6),
  );
});

test("a side counted only by a vague word opens the upper end beside counted sides, adding nothing to the lower", () => {
  const toll = sumTolls([
    { who: "soldiers", range: { min: 7, max: null } },
    { who: "attackers", range: { min: 3, max: null }, vague: true },
  ]);
  assert.deepEqual(toll, { min: 7, max: null });
  assert.deepEqual(sumTolls([{ who: "attackers", range: { min: 3, max: null }, vague: true }]), { min: 3, max: null });
  const closed = sumTolls([
    { who: "soldiers", range: { min: 4, max: 4 } },
    { who: "attackers", range: { min: 3, max: null }, vague: true },
  ]);
  assert.deepEqual(closed, { min: 4, max: null });
});
