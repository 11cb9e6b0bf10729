import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { areaWithin, cellDegrees } from "./map-areas.ts";

describe("the map's areas", () => {
  it("keeps the visible part of the area filter", () => {
    assert.equal(areaWithin("0,0,10,10", "5,5,20,20"), "5,5,10,10");
    assert.equal(areaWithin("0,0,10,10", undefined), "0,0,10,10");
    assert.equal(areaWithin(null, "5,5,20,20"), "5,5,20,20");
  });

  it("falls back to the filter alone across the antimeridian or where the two do not meet", () => {
    assert.equal(areaWithin("170,0,-170,10", "0,0,10,10"), "0,0,10,10");
    assert.equal(areaWithin("0,0,1,1", "5,5,20,20"), "5,5,20,20");
  });

  it("halves a cell with each zoom level, within the API's bounds", () => {
    assert.equal(cellDegrees(3) * 2, cellDegrees(2));
    assert.equal(cellDegrees(0, 1000), 180);
    assert.equal(cellDegrees(30), 0.001);
  });
});
