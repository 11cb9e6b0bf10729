import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { referenceProjection } from "./app/components/map-reference.ts";
import { projectBasemap } from "./project-basemap.ts";

describe("the basemap projected at build time", () => {
  const basemap = projectBasemap();
  const country = (name: string) => basemap.countries.find((c) => c.name === name)!;

  it("holds every country's outline as path data, largest first", () => {
    assert.ok(basemap.countries.length > 200, `${basemap.countries.length} countries`);
    for (const c of basemap.countries) assert.match(c.d, /^M[-\d.]+,[-\d.]+/, c.name);
    const areas = basemap.countries.map((c) => c.area);
    assert.deepEqual(
      areas,
      [...areas].sort((a, b) => b - a),
    );
    assert.match(basemap.sphere, /^M/);
    assert.match(basemap.graticule, /^M/);
  });

  it("draws a country where the map's projection puts it", () => {
    // Mali's outline runs through Timbuktu's latitude band; its name sits near the middle of the country.
    const [x, y] = referenceProjection()([-2, 17])!;
    const mali = country("Mali");
    assert.ok(Math.hypot(mali.label[0] - x, mali.label[1] - y) < 10, `Mali named at ${mali.label}, its middle at ${x},${y}`);
  });

  it("names a country in its largest piece: France in Europe, not between it and Guiana", () => {
    const [x, y] = referenceProjection()([2.5, 46.5])!;
    const france = country("France");
    assert.ok(Math.hypot(france.label[0] - x, france.label[1] - y) < 10, `France named at ${france.label}`);
  });
});
