/**
 * First-level divisions as places, grouped from the cities that GeoNames files under each
 * division code. GeoNames ships division names without coordinates; the cities give them one.
 */

import type { GeoNamesCity } from "./read-geonames-cities.ts";

/** A division name from GeoNames' admin1 list: `code` is "SY.09", the country and local code. */
export interface Admin1Name {
  code: string;
  name: string;
}

/** A first-level division with the cities assigned to it. */
export interface Admin1Division {
  code: string;
  name: string;
  country: string;
  /** The seat's coordinates: ACLED codes a province-level event at the provincial capital. */
  lat: number;
  lon: number;
  /** Sum of the populations of its listed settlements (a floor, not a census figure). */
  population: number;
}

/** The divisions, and for each city (by position in `cities`) the index of its division or -1. */
export interface Admin1Grouping {
  divisions: Admin1Division[];
  divisionOfCity: number[];
}

/** Feature codes of a division's seat, most telling first. */
const SEAT_RANK: Readonly<Record<string, number>> = { PPLA: 0, PPLC: 1 };

/**
 * Groups cities into named divisions. A city whose division code has no name (GeoNames renumbers
 * divisions after reforms, and the two packages are not always from the same month) takes the
 * division of the nearest city in its country that has one.
 */
export function groupAdmin1Divisions(cities: readonly GeoNamesCity[], names: readonly Admin1Name[]): Admin1Grouping {
  const nameByCode = new Map(names.map((entry) => [entry.code, entry.name]));
  const codeOfCity = cities.map((city) => {
    const code = `${city.country}.${city.admin1Code}`;
    return city.admin1Code !== "" && nameByCode.has(code) ? code : null;
  });
  fillMissingCodesFromNearestCity(cities, codeOfCity);

  const members = new Map<string, number[]>();
  codeOfCity.forEach((code, cityIndex) => {
    if (code === null) return;
    const list = members.get(code);
    if (list === undefined) members.set(code, [cityIndex]);
    else list.push(cityIndex);
  });

  const divisions: Admin1Division[] = [];
  const indexOfCode = new Map<string, number>();
  for (const code of [...members.keys()].sort()) {
    const cityIndexes = members.get(code) ?? [];
    const seat = pickSeat(cities, cityIndexes);
    indexOfCode.set(code, divisions.length);
    divisions.push({
      code,
      name: nameByCode.get(code) ?? code,
      country: code.slice(0, 2),
      lat: seat.lat,
      lon: seat.lon,
      population: cityIndexes.reduce((sum, index) => sum + cities[index].population, 0),
    });
  }
  const divisionOfCity = codeOfCity.map((code) => (code === null ? -1 : (indexOfCode.get(code) ?? -1)));
  return { divisions, divisionOfCity };
}

function pickSeat(cities: readonly GeoNamesCity[], cityIndexes: readonly number[]): GeoNamesCity {
  let best = cities[cityIndexes[0]];
  for (const index of cityIndexes) {
    const city = cities[index];
    const rank = SEAT_RANK[city.featureCode] ?? 2;
    const bestRank = SEAT_RANK[best.featureCode] ?? 2;
    if (rank < bestRank || (rank === bestRank && city.population > best.population)) best = city;
  }
  return best;
}

function fillMissingCodesFromNearestCity(cities: readonly GeoNamesCity[], codeOfCity: (string | null)[]): void {
  const knownByCountry = new Map<string, number[]>();
  codeOfCity.forEach((code, index) => {
    if (code === null) return;
    const country = cities[index].country;
    const list = knownByCountry.get(country);
    if (list === undefined) knownByCountry.set(country, [index]);
    else list.push(index);
  });
  codeOfCity.forEach((code, index) => {
    if (code !== null) return;
    const city = cities[index];
    const known = knownByCountry.get(city.country);
    if (known === undefined) return;
    // Equirectangular distance is enough to rank neighbours within one country.
    const cosLat = Math.cos((city.lat * Math.PI) / 180);
    let nearest = -1;
    let nearestDistance = Infinity;
    for (const other of known) {
      const dLat = cities[other].lat - city.lat;
      const dLon = (cities[other].lon - city.lon) * cosLat;
      const distance = dLat * dLat + dLon * dLon;
      if (distance < nearestDistance) {
        nearestDistance = distance;
        nearest = other;
      }
    }
    if (nearest >= 0) codeOfCity[index] = codeOfCity[nearest];
  });
}
