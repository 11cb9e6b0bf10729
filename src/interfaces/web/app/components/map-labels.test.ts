import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { placeLabels } from "./map-labels.ts";

const same = (x: number, y: number): [number, number] => [x, y];
const countries = [
  { name: "Large", x: 100, y: 100, area: 10_000 },
  { name: "Small", x: 300, y: 100, area: 100 },
  { name: "Neighbour", x: 110, y: 102, area: 5_000 },
];

describe("country labels by zoom", () => {
  it("names only countries drawn large enough, more of them as the map zooms in", () => {
    assert.deepEqual(
      placeLabels(countries, 1, same, 1000, 1000).map((l) => l.name),
      ["Large"],
    );
    assert.deepEqual(
      placeLabels(countries, 10, same, 10_000, 10_000, 2500).map((l) => l.name),
      ["Large", "Small"],
    );
  });

  it("leaves out a name that would run into a larger country's, and names off screen", () => {
    const names = placeLabels(countries, 10, same, 1000, 1000).map((l) => l.name);
    assert.ok(!names.includes("Neighbour"));
    assert.deepEqual(
      placeLabels(countries, 1, (x, y) => [x - 500, y], 1000, 1000),
      [],
    );
  });
});
