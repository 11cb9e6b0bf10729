import type { StoredEvent } from "../../core/model.ts";

/** A box in degrees, as GeoJSON writes it: west, south, east, north. */
export interface Bbox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

const NUMBER = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * Reads `minLon,minLat,maxLon,maxLat`; null when it is not four numbers in range with south ≤ north.
 * West may exceed east: such a box crosses the antimeridian (as in GeoJSON), which Pacific users need.
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

/** True when the event's location has coordinates inside the box (edges included); events without coordinates never are. */
export function insideBbox(e: StoredEvent, box: Bbox): boolean {
  const lat = e.location?.lat;
  const lon = e.location?.lon;
  if (lat == null || lon == null) return false;
  if (lat < box.minLat || lat > box.maxLat) return false;
  return box.minLon <= box.maxLon ? lon >= box.minLon && lon <= box.maxLon : lon >= box.minLon || lon <= box.maxLon;
}
