import type { Bbox } from "../../storage/store.ts";

export type { Bbox };

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * Reads `minLon,minLat,maxLon,maxLat`; null when it is not four numbers in range with south ≤ north.
 * West may exceed east: such a box crosses the antimeridian (as in GeoJSON), which Pacific users need.
 * The store tests events against it (edges included) in its query.
 */
export function parseBbox(s: string): Bbox | null {
  const parts = s.split(",");
  if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) return null;
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number) as [number, number, number, number];
  const lonOk = (x: number) => x >= -180 && x <= 180;
  const latOk = (y: number) => y >= -90 && y <= 90;
  if (!lonOk(minLon) || !lonOk(maxLon) || !latOk(minLat) || !latOk(maxLat) || minLat > maxLat) return null;
  return { minLon, minLat, maxLon, maxLat };
}
