/** The map's projection fitted to the events, and sizes and areas between it, its zoom and the clustering's tile zoom levels. */

import { geoNaturalEarth1, type GeoProjection } from "d3-geo";
import type { ZoomTransform } from "d3-zoom";

/** The projection fitted to where the events are (padded, so one place does not fill the screen), or to the world. */
export function fittedProjection(located: ReadonlyArray<{ lat: number; lon: number }>, width: number, height: number): GeoProjection {
  const projection = geoNaturalEarth1();
  if (located.length === 0)
    return projection.fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      { type: "Sphere" },
    );
  const lons = located.map((p) => p.lon);
  const lats = located.map((p) => p.lat);
  // Room for a bubble at the edge to show whole.
  const pad = 6;
  const box = {
    type: "MultiPoint" as const,
    coordinates: [
      [Math.max(-180, Math.min(...lons) - pad), Math.max(-85, Math.min(...lats) - pad)],
      [Math.min(180, Math.max(...lons) + pad), Math.min(85, Math.max(...lats) + pad)],
    ],
  };
  return projection.fitExtent(
    [
      [24, 24],
      [width - 24, height - 24],
    ],
    box,
  );
}

/**
 * The clustering index thinks in web-map zoom levels (the world 256·2^z pixels wide). Our map's
 * world is 2π·scale·k pixels wide, so the level that clusters at the same pixel distance is its log.
 */
export function clusterZoom(projection: GeoProjection, transform: ZoomTransform): number {
  const worldWidth = 2 * Math.PI * projection.scale() * transform.k;
  return Math.max(0, Math.min(20, Math.floor(Math.log2(worldWidth / 256))));
}

/** The d3 zoom factor that shows the world as wide as cluster zoom level `z` does. */
export function scaleForClusterZoom(projection: GeoProjection, z: number): number {
  return (256 * 2 ** z) / (2 * Math.PI * projection.scale());
}

/** The geographic box the viewport shows, sampled along its edges (projections curve meridians). */
export function visibleBox(projection: GeoProjection, transform: ZoomTransform, width: number, height: number): string | null {
  const lons: number[] = [];
  const lats: number[] = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    for (const [sx, sy] of [
      [(width * i) / steps, 0],
      [(width * i) / steps, height],
      [0, (height * i) / steps],
      [width, (height * i) / steps],
    ] as const) {
      const p = projection.invert?.(transform.invert([sx, sy]));
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) continue;
      lons.push(p[0]);
      lats.push(p[1]);
    }
  }
  if (lons.length < 4) return null;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const west = round(Math.max(-180, Math.min(...lons)));
  const east = round(Math.min(180, Math.max(...lons)));
  const south = round(Math.max(-90, Math.min(...lats)));
  const north = round(Math.min(90, Math.max(...lats)));
  return `${west},${south},${east},${north}`;
}
