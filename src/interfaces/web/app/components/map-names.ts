/**
 * The names the map asks to place, as it is drawn now: towns first (beside their markers), then
 * provinces, then countries, largest first. `placeLabels` (map-labels.ts) then keeps those that
 * fit over nothing else.
 */

import type { LabelRequest } from "./map-labels.ts";
import type { ProjectedBasemap } from "./map-reference.ts";
import { PROVINCE_NAMES_FROM_ZOOM, TOWN_NAMES_FROM_ZOOM, type NamedPlace } from "./map-places.ts";

/** A country is named once drawn at least this many square pixels large. */
const COUNTRY_NAME_MIN_AREA = 2500;

interface MapNames {
  places: { towns: readonly NamedPlace[]; provinces: readonly NamedPlace[] };
  countries: ProjectedBasemap["countries"];
  /** The cluster zoom level (`clusterZoom`). */
  z: number;
  /** A place's point on screen, if the projection shows it. */
  onScreen: (lon: number, lat: number) => [number, number] | null;
  /** Reference coordinates (the basemap's) onto the screen, as the map is now. */
  toScreen: { k: number; x: number; y: number };
}

export function nameRequests({ places, countries, z, onScreen, toScreen }: MapNames): LabelRequest[] {
  const requests: LabelRequest[] = [];
  const named = (kind: "town" | "province", list: readonly NamedPlace[]) => {
    for (const place of list) {
      const p = onScreen(place.lon, place.lat);
      if (p) requests.push({ key: place.key, name: place.name, kind, x: p[0], y: p[1] });
    }
  };
  if (z >= TOWN_NAMES_FROM_ZOOM) named("town", places.towns);
  if (z >= PROVINCE_NAMES_FROM_ZOOM) named("province", places.provinces);
  // Countries come largest first.
  for (const c of countries) {
    if (c.area * toScreen.k * toScreen.k < COUNTRY_NAME_MIN_AREA) break;
    const [x, y] = [c.label[0] * toScreen.k + toScreen.x, c.label[1] * toScreen.k + toScreen.y];
    requests.push({ key: `country ${c.name}`, name: c.name, kind: "country", x, y });
  }
  return requests;
}
