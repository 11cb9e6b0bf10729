/**
 * The first-level division at a point, found from the settlements around it: GeoNames files every
 * settlement under its division, and settlements are dense enough that the few nearest to a point
 * almost always lie in the division containing it. No boundary polygons are needed.
 */

import type { PlaceColumns } from "./gazetteer-index.ts";
import { COORDINATE_SCALE } from "./gazetteer-index.ts";

/** Finds divisions by position. */
export interface Admin1Locator {
  /** Place id of the division containing or nearest to the point in that country, or -1. */
  divisionAt(lat: number, lon: number, countryIndex: number): number;
}

/** How many nearest settlements vote. One alone errs where a town across a border is nearest. */
const VOTERS = 5;

/** Indexes settlements by country on first use. */
export function createAdmin1Locator(places: PlaceColumns): Admin1Locator {
  let byCountry: Map<number, Uint32Array> | null = null;
  const settlementsOf = (countryIndex: number): Uint32Array | undefined => {
    byCountry ??= groupByCountry(places);
    return byCountry.get(countryIndex);
  };

  return {
    divisionAt(lat, lon, countryIndex) {
      const ids = settlementsOf(countryIndex);
      if (ids === undefined || !Number.isFinite(lat) || !Number.isFinite(lon)) return -1;
      const cosLat = Math.cos((lat * Math.PI) / 180);
      // Keep the VOTERS nearest in a small sorted list; squared equirectangular distance ranks
      // neighbours correctly at the scale of one country.
      const nearest: { id: number; distance: number }[] = [];
      for (const id of ids) {
        const dLat = places.lat[id] / COORDINATE_SCALE - lat;
        const dLon = (places.lon[id] / COORDINATE_SCALE - lon) * cosLat;
        const distance = dLat * dLat + dLon * dLon;
        if (nearest.length === VOTERS && distance >= nearest[VOTERS - 1].distance) continue;
        let at = nearest.length;
        while (at > 0 && nearest[at - 1].distance > distance) at--;
        nearest.splice(at, 0, { id, distance });
        if (nearest.length > VOTERS) nearest.pop();
      }
      if (nearest.length === 0) return -1;
      // Inverse-square weights: the nearest settlement decides unless others crowd closer.
      const votes = new Map<number, number>();
      for (const { id, distance } of nearest) {
        const division = places.admin1[id];
        votes.set(division, (votes.get(division) ?? 0) + 1 / (distance + 1e-6));
      }
      let best = -1;
      let bestVote = -1;
      for (const [division, vote] of votes) {
        if (vote > bestVote) {
          best = division;
          bestVote = vote;
        }
      }
      return best;
    },
  };
}

function groupByCountry(places: PlaceColumns): Map<number, Uint32Array> {
  const lists = new Map<number, number[]>();
  for (let id = 0; id < places.cityCount; id++) {
    if (places.admin1[id] < 0) continue;
    const country = places.country[id];
    const list = lists.get(country);
    if (list === undefined) lists.set(country, [id]);
    else list.push(id);
  }
  return new Map([...lists].map(([country, ids]) => [country, Uint32Array.from(ids)]));
}
