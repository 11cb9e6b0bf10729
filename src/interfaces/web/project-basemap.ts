/**
 * The basemap the web view draws, projected at build time (see app/components/map-reference.ts):
 * the world-atlas country shapes as SVG path data in the reference projection, with the sphere,
 * a 10° graticule, and where each country's name goes. Projecting the 1:50m coastlines in the
 * browser took a second or more of its main thread each time the map was fitted.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoGraticule10, geoPath } from "d3-geo";
import type { Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { referenceProjection, type ProjectedBasemap } from "./app/components/map-reference.ts";

/** The 1:50m shapes: coast detail good enough at town scale. */
const SHAPES = "world-atlas/countries-50m.json";
/** Hundredths of a reference unit (the world is about 1,000 wide): 400 m, finer than 1:50m shapes are drawn. */
const DIGITS = 2;

export function projectBasemap(): ProjectedBasemap {
  const topology = JSON.parse(readFileSync(createRequire(import.meta.url).resolve(SHAPES), "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const land = feature(topology, topology.objects.countries);
  const path = geoPath(referenceProjection()).digits(DIGITS);
  const round = (n: number) => Number(n.toFixed(DIGITS));
  const countries = land.features.flatMap((f) => {
    const d = path(f);
    if (!d || !f.properties.name) return [];
    // The name goes at the middle of the largest piece: France's in France, not between it and Guiana.
    const pieces: Geometry[] =
      f.geometry.type === "MultiPolygon" ? f.geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates })) : [f.geometry];
    const largest = pieces.map((g) => ({ g, area: path.area(g) })).sort((a, b) => b.area - a.area)[0]!;
    const [x, y] = path.centroid(largest.g);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return [];
    return [{ name: f.properties.name, d, label: [round(x), round(y)] as [number, number], area: round(largest.area) }];
  });
  return {
    sphere: path({ type: "Sphere" }) ?? "",
    graticule: path(geoGraticule10()) ?? "",
    countries: countries.sort((a, b) => b.area - a.area),
  };
}
