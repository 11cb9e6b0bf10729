import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { computeRegionPoint, computeRegionPoints, isDirection, type Direction } from "./region-point.ts";

/** A 10 × 10 grid of settlements over lat 0–9, lon 0–9. */
const grid = Array.from({ length: 100 }, (_, i) => ({ lat: Math.floor(i / 10), lon: i % 10 }));

describe("computeRegionPoint", () => {
  it("puts each compass part in its own third of the country", () => {
    const northwest = computeRegionPoint(grid, "northwest");
    assert.ok(northwest !== null && northwest.lat > 6 && northwest.lon < 3, JSON.stringify(northwest));
    const southeast = computeRegionPoint(grid, "southeast");
    assert.ok(southeast !== null && southeast.lat < 3 && southeast.lon > 6, JSON.stringify(southeast));
    const central = computeRegionPoint(grid, "central");
    assert.ok(central !== null && Math.abs(central.lat - 4.5) < 1.5 && Math.abs(central.lon - 4.5) < 1.5);
  });

  it("spans the whole width for north and south", () => {
    const north = computeRegionPoint(grid, "north");
    assert.ok(north !== null && north.lat > 6 && Math.abs(north.lon - 4.5) < 0.5, JSON.stringify(north));
  });

  it("is not stretched by a far outlier", () => {
    const withIsland = [...grid, { lat: 60, lon: -150 }];
    const north = computeRegionPoint(withIsland, "north");
    assert.ok(north !== null && north.lat < 10, JSON.stringify(north));
  });

  it("handles a country straddling the antimeridian", () => {
    const fiji = [177, 178, 179, -179, -178].flatMap((lon) => [-16, -17, -18].map((lat) => ({ lat, lon })));
    const central = computeRegionPoint(fiji, "central");
    assert.ok(central !== null && Math.abs(Math.abs(central.lon) - 180) < 1.5, JSON.stringify(central));
  });

  it("is null without settlements", () => {
    assert.equal(computeRegionPoint([], "north"), null);
  });
});

describe("computeRegionPoints", () => {
  it("gives all nine points exactly as computeRegionPoint gives each", () => {
    const fiji = [177, 178, 179, -179, -178].flatMap((lon) => [-16, -17, -18].map((lat) => ({ lat, lon })));
    for (const points of [grid, [...grid, { lat: 60, lon: -150 }], fiji]) {
      const all = computeRegionPoints(
        Float64Array.from(points, (point) => point.lat),
        Float64Array.from(points, (point) => point.lon),
      );
      const directions: Direction[] = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"];
      for (const direction of directions) assert.deepEqual(all?.[direction], computeRegionPoint(points, direction), direction);
    }
  });

  it("is null without settlements", () => {
    assert.equal(computeRegionPoints(new Float64Array(0), new Float64Array(0)), null);
  });
});

describe("isDirection", () => {
  it("accepts the nine directions only", () => {
    assert.ok(isDirection("northwest"));
    assert.ok(!isDirection("north-west"));
  });
});
