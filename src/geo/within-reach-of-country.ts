/**
 * Whether a place lies within reach of a country: near one of the points standing for its compass
 * parts, which sit where its settlements are. Nine lookups, no scan of the gazetteer: cheap enough
 * to ask for every place a text names, and enough to tell a town just across a border from a
 * namesake at the far end of the neighbouring country.
 */

import { loadGazetteer, type Direction, type Gazetteer } from "./gazetteer.ts";
import { greatCircleKm } from "./great-circle-distance.ts";

const PARTS_OF_A_COUNTRY: readonly Direction[] = [
  "north",
  "south",
  "east",
  "west",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "central",
];

/** True when the place is within `km` of one of the country's part points; places without coordinates count as within. */
export function withinReachOfCountry(
  place: { lat: number | null; lon: number | null },
  country: string,
  km: number,
  gazetteer: Gazetteer = loadGazetteer(),
): boolean {
  if (place.lat === null || place.lon === null) return true;
  const at = { lat: place.lat, lon: place.lon };
  return PARTS_OF_A_COUNTRY.some((part) => {
    const point = gazetteer.regionPoint(country, part);
    return point !== null && greatCircleKm(at, point) <= km;
  });
}
