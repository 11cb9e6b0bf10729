import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { geoNaturalEarth1 } from "d3-geo";
import { referenceProjection, referenceToFitted } from "./map-reference.ts";

describe("the basemap's reference coordinates", () => {
  it("reach a map fitted to any area by one scale and shift", () => {
    const fitted = geoNaturalEarth1().fitExtent(
      [
        [24, 24],
        [1000, 440],
      ],
      {
        type: "MultiPoint",
        coordinates: [
          [30, 10],
          [45, 38],
        ],
      },
    );
    const { k, x, y } = referenceToFitted(fitted);
    for (const place of [
      [36.3, 33.5],
      [-70, -30],
      [179, 80],
    ] as Array<[number, number]>) {
      const [rx, ry] = referenceProjection()(place)!;
      const [fx, fy] = fitted(place)!;
      assert.ok(Math.abs(rx * k + x - fx) < 1e-6 && Math.abs(ry * k + y - fy) < 1e-6, `${place} lands at ${fx},${fy}`);
    }
  });
});
