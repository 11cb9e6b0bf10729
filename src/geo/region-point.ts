/**
 * A point standing for a compass part of a country ("northwestern Syria"), computed from where
 * the country's settlements are rather than from a table per country.
 *
 * The country's extent is the box holding its settlements, trimmed of the outermost 2% on each
 * axis so that far-flung islands and exclaves (Alaska, Socotra) do not stretch it. The box is cut
 * into thirds; a direction names a cell or band of them ("northwest" the top-left cell, "north"
 * the top band, "central" the middle cell). The point is the mean of the settlements inside that
 * part, which keeps it on land where settlements are; a part with none falls back to its centre.
 */

import type { LatLon } from "./great-circle-distance.ts";

/** A compass part of a country. */
export type Direction = "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest" | "central";

/** Which thirds of the box a direction covers: rows 0–2 from south, columns 0–2 from west. */
const PARTS: Readonly<Record<Direction, { rows: readonly number[]; columns: readonly number[] }>> = {
  north: { rows: [2], columns: [0, 1, 2] },
  south: { rows: [0], columns: [0, 1, 2] },
  east: { rows: [0, 1, 2], columns: [2] },
  west: { rows: [0, 1, 2], columns: [0] },
  northeast: { rows: [2], columns: [2] },
  northwest: { rows: [2], columns: [0] },
  southeast: { rows: [0], columns: [2] },
  southwest: { rows: [0], columns: [0] },
  central: { rows: [1], columns: [1] },
};

const TRIM_SHARE = 0.02;

/** True when the text is one of the nine directions. */
export function isDirection(text: string): text is Direction {
  return Object.hasOwn(PARTS, text);
}

/** The point for `direction` among a country's settlement points; null when there are none. */
export function computeRegionPoint(points: readonly LatLon[], direction: Direction): LatLon | null {
  const frame = frameOf(
    Float64Array.from(points, (point) => point.lat),
    Float64Array.from(points, (point) => point.lon),
  );
  return frame === null ? null : pointIn(frame, direction);
}

/**
 * The points for all nine directions among settlements given as parallel arrays of latitudes and
 * longitudes, the same as `computeRegionPoint` gives one by one; null when there are none. The
 * country's extent is measured once for all nine.
 */
export function computeRegionPoints(lats: Float64Array, lons: Float64Array): Record<Direction, LatLon> | null {
  const frame = frameOf(lats, lons);
  if (frame === null) return null;
  const found: Partial<Record<Direction, LatLon>> = {};
  for (const direction of DIRECTIONS) found[direction] = pointIn(frame, direction);
  return found as Record<Direction, LatLon>;
}

const DIRECTIONS = Object.keys(PARTS) as Direction[];

/** A country's settlements (longitudes shifted when it wraps) and its trimmed extent. */
interface Frame {
  lats: Float64Array;
  lons: Float64Array;
  south: number;
  north: number;
  west: number;
  east: number;
}

function frameOf(lats: Float64Array, lons: Float64Array): Frame | null {
  if (lats.length === 0) return null;
  // A country straddling the antimeridian (Fiji, Kiribati) is measured on 0–360° longitudes.
  let shiftedLons = lons;
  if (spreadOf(lons) > 180) {
    const eastward = lons.map(shiftEast);
    if (spreadOf(eastward) < spreadOf(lons)) shiftedLons = eastward;
  }
  const [south, north] = trimmedRange(lats);
  const [west, east] = trimmedRange(shiftedLons);
  return { lats, lons: shiftedLons, south, north, west, east };
}

function pointIn({ lats, lons, south, north, west, east }: Frame, direction: Direction): LatLon {
  const { rows, columns } = PARTS[direction];
  let latSum = 0;
  let lonSum = 0;
  let count = 0;
  for (let i = 0; i < lats.length; i++) {
    const lat = lats[i];
    const lon = lons[i];
    if (lat < south || lat > north || lon < west || lon > east) continue;
    if (!rows.includes(band(lat, south, north)) || !columns.includes(band(lon, west, east))) continue;
    latSum += lat;
    lonSum += lon;
    count++;
  }
  const lat = count > 0 ? latSum / count : south + ((north - south) * (rows[0] + rows[rows.length - 1] + 1)) / 6;
  const lon = count > 0 ? lonSum / count : west + ((east - west) * (columns[0] + columns[columns.length - 1] + 1)) / 6;
  return { lat: roundTo4(lat), lon: roundTo4(lon > 180 ? lon - 360 : lon) };
}

/** Which third (0, 1, 2) of [low, high] the value falls in. */
function band(value: number, low: number, high: number): number {
  if (high <= low) return 1;
  return Math.min(2, Math.max(0, Math.floor(((value - low) / (high - low)) * 3)));
}

function trimmedRange(values: Float64Array): [number, number] {
  // A typed array sorts numerically, and far faster than an array with a comparator.
  const sorted = values.slice().sort();
  const cut = Math.floor(sorted.length * TRIM_SHARE);
  return [sorted[cut], sorted[sorted.length - 1 - cut]];
}

function spreadOf(values: Float64Array): number {
  let low = Infinity;
  let high = -Infinity;
  for (const value of values) {
    if (value < low) low = value;
    if (value > high) high = value;
  }
  return high - low;
}

function shiftEast(lon: number): number {
  return lon < 0 ? lon + 360 : lon;
}

function roundTo4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
