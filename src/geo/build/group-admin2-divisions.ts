/**
 * Second-level divisions (districts, LGAs, raions, townships) as places, grouped from the cities
 * GeoNames files under each division code. News names a village together with its district
 * ("X (Afmadow, Lower Juba)"); when the village itself is missing, the district still places the
 * event within a few tens of kilometres.
 */

import type { GeoNamesCity } from "./read-geonames-cities.ts";

/** A division name from GeoNames' admin2 list: `code` is "SO.09.9179681", country, admin1 and local code. */
export interface Admin2Name {
  code: string;
  name: string;
}

/** A second-level division with the cities filed under it. */
export interface Admin2Division {
  name: string;
  country: string;
  /** "SO.09": the first-level division it belongs to. */
  admin1Code: string;
  /** Its seat's coordinates (ACLED codes a district-level event at the district centre). */
  lat: number;
  lon: number;
  /** Sum of the populations of its listed settlements. */
  population: number;
}

/** Feature codes of a district's seat, most telling first. */
const SEAT_RANK: Readonly<Record<string, number>> = { PPLA2: 0, PPLA: 1, PPLC: 2, PPLA3: 3 };

/** The named divisions that hold at least one city, in code order. */
export function groupAdmin2Divisions(cities: readonly GeoNamesCity[], names: readonly Admin2Name[]): Admin2Division[] {
  const nameByCode = new Map(names.map((entry) => [entry.code, entry.name]));
  const seats = new Map<string, { seat: GeoNamesCity; population: number }>();
  for (const city of cities) {
    if (!city.admin2Code || !city.admin1Code) continue;
    const code = `${city.country}.${city.admin1Code}.${city.admin2Code}`;
    if (!nameByCode.has(code)) continue;
    const group = seats.get(code);
    if (group === undefined) {
      seats.set(code, { seat: city, population: city.population });
      continue;
    }
    group.population += city.population;
    const rank = SEAT_RANK[city.featureCode] ?? 9;
    const seatRank = SEAT_RANK[group.seat.featureCode] ?? 9;
    if (rank < seatRank || (rank === seatRank && city.population > group.seat.population)) group.seat = city;
  }
  return [...seats.keys()].sort().map((code) => {
    const { seat, population } = seats.get(code)!;
    return {
      name: nameByCode.get(code)!,
      country: seat.country,
      admin1Code: code.slice(0, code.lastIndexOf(".")),
      lat: seat.lat,
      lon: seat.lon,
      population,
    };
  });
}

/** Joining words left dangling once a kind word is cut ("Caza de", "Province of"). */
const JOINING_WORDS = new Set(["de", "da", "do", "du", "des", "of", "la", "le"]);

/**
 * The district's name without the kind words around it ("Caza de Marjayoûn" → "Marjayoûn"), or
 * null when it has none or nothing would be left.
 */
export function bareDistrictName(name: string, kindWords: { leading: readonly string[]; trailing: readonly string[] }): string | null {
  const fold = (word: string): string =>
    word
      .normalize("NFD")
      .replace(/[^\p{L}-]/gu, "")
      .replace(/[^a-zA-Z-]/g, "")
      .toLowerCase();
  const words = name.trim().split(/\s+/);
  let kept = words;
  for (const kind of kindWords.trailing) {
    const parts = kind.split(/\s+/).map(fold);
    const tail = kept.slice(-parts.length).map(fold);
    if (kept.length > parts.length && parts.every((part, i) => part === tail[i])) {
      kept = kept.slice(0, -parts.length);
      break;
    }
  }
  for (const kind of kindWords.leading) {
    if (kept.length > 1 && fold(kept[0]) === fold(kind)) {
      kept = kept.slice(1);
      while (kept.length > 1 && JOINING_WORDS.has(fold(kept[0]))) kept = kept.slice(1);
      break;
    }
  }
  return kept.length === words.length || kept.length === 0 ? null : kept.join(" ");
}
