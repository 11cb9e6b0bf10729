import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { placeLabels, type LabelRequest } from "./map-labels.ts";

const town = (key: string, x: number, y: number): LabelRequest => ({ key, name: key, kind: "town", x, y });
const country = (key: string, x: number, y: number): LabelRequest => ({ key, name: key, kind: "country", x, y });
const fixedWidth = () => 50;

describe("placing names on the map", () => {
  it("puts a town's name beside its marker, clear of the marker", () => {
    const [label] = placeLabels([town("Alpha", 100, 100)], [{ x: 100, y: 100, r: 8 }], 500, 500, fixedWidth);
    assert.equal(label!.anchor, "start");
    assert.ok(label!.x >= 108, `the name starts past the marker (at ${label!.x})`);
  });

  it("tries the other side when the first runs into a bubble, and leaves the name out when no side fits", () => {
    const beside = placeLabels([town("Alpha", 100, 100)], [{ x: 150, y: 100, r: 20 }], 500, 500, fixedWidth);
    assert.equal(beside[0]!.anchor, "end");
    const hemmed = [
      { x: 100, y: 100, r: 5 },
      { x: 150, y: 100, r: 20 },
      { x: 50, y: 100, r: 20 },
      { x: 100, y: 70, r: 20 },
      { x: 100, y: 130, r: 20 },
    ];
    assert.deepEqual(placeLabels([town("Alpha", 100, 100)], hemmed, 500, 500, fixedWidth), []);
  });

  it("keeps the first-listed name where two would overlap and the second has nowhere else to go", () => {
    const placed = placeLabels([town("Alpha", 20, 15), country("Beta", 50, 15)], [], 200, 30, fixedWidth);
    assert.deepEqual(
      placed.map((l) => l.key),
      ["Alpha"],
    );
  });

  it("places crowded names in other positions, no two of them overlapping", () => {
    const requests = [town("Alpha", 100, 100), country("Beta", 160, 100), town("Gamma", 105, 104), country("Delta", 400, 400)];
    const placed = placeLabels(requests, [], 500, 500, fixedWidth);
    assert.equal(placed.length, 4);
    const boxes = placed.map((l) => {
      const x0 = l.anchor === "start" ? l.x : l.anchor === "end" ? l.x - 50 : l.x - 25;
      return [x0, l.y - 6.5, x0 + 50, l.y + 6.5] as const;
    });
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) assert.ok(!(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]), `${a} and ${b} overlap`);
  });

  it("keeps names out of the boxes drawn over the map", () => {
    const placed = placeLabels([country("Alpha", 100, 100), country("Beta", 300, 300)], [], 500, 500, fixedWidth, [[0, 0, 200, 200]]);
    assert.deepEqual(
      placed.map((l) => l.key),
      ["Beta"],
    );
  });

  it("leaves out names of points off screen and names that would run off its edge", () => {
    assert.deepEqual(placeLabels([country("Alpha", -10, 100), country("Beta", 10, 100)], [], 500, 500, fixedWidth), []);
  });

  it("moves a province's name off the events at its middle when it would cover them", () => {
    const [label] = placeLabels(
      [{ key: "p", name: "Province", kind: "province", x: 200, y: 200 }],
      [{ x: 200, y: 200, r: 6 }],
      500,
      500,
      fixedWidth,
    );
    assert.equal(label!.x, 200);
    assert.ok(Math.abs(label!.y - 200) > 12, `the name moved above or below (y ${label!.y})`);
  });
});
