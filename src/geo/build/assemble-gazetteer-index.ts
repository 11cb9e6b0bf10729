/**
 * Turns the source data into the compact index that `loadGazetteer()` reads: places in columns,
 * ordered by population, with strict and loose name keys pointing at them.
 */

import { divisionNameVariants } from "../admin-division-words.ts";
import {
  ALTERNATE_NAME_FLAG,
  COORDINATE_SCALE,
  GAZETTEER_INDEX_VERSION,
  type CountryRecord,
  type GazetteerIndex,
} from "../gazetteer-index.ts";
import { packKeyPostings } from "../key-table.ts";
import { looseKeyOfStrictKey, placeKey } from "../place-key.ts";
import { packStringList, stringAt, stringCount } from "../string-list.ts";
import { groupAdmin1Divisions, type Admin1Name } from "./group-admin1-divisions.ts";
import { bareDistrictName, groupAdmin2Divisions, type Admin2Name } from "./group-admin2-divisions.ts";
import type { DistrictKindWords } from "./read-district-kind-words.ts";
import type { PlaceAlias } from "./read-place-aliases.ts";
import type { GeoNamesCity } from "./read-geonames-cities.ts";
import { usableAlternateNames } from "./usable-alternate-names.ts";

/** Everything the index is made from. */
export interface GazetteerSources {
  cities: Iterable<GeoNamesCity>;
  admin1Names: readonly Admin1Name[];
  /** Second-level division names; none when absent. */
  admin2Names?: readonly Admin2Name[];
  /** The words around district names that news leaves out. */
  districtKindWords?: DistrictKindWords;
  countries: readonly CountryRecord[];
  placeAliases: readonly PlaceAlias[];
  /** Package name → version, recorded in the index. */
  versions: Record<string, string>;
  /** Hash of the inputs and of the code that shapes them (see build-gazetteer.ts). */
  fingerprint: string;
}

interface PlaceRow {
  name: string;
  country: string;
  admin1: number;
  lat: number;
  lon: number;
  population: number;
  /** The place's own names: display name, ASCII spelling, full division name. */
  names: string[];
  /** Other names it answers to: GeoNames alternates, a division's name without its kind word. */
  alternateNames: string[];
}

/** Builds the index. Throws when an alias names a place that is not in the data. */
export function assembleGazetteerIndex(sources: GazetteerSources): GazetteerIndex {
  const knownCountries = new Set(sources.countries.map((country) => country.code));
  // Largest first, so that ids ascend with falling population and ties break on GeoNames id.
  const cities = [...sources.cities]
    .filter((city) => knownCountries.has(city.country))
    .sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
  const { divisions, divisionOfCity } = groupAdmin1Divisions(cities, sources.admin1Names);

  const rows: PlaceRow[] = cities.map((city, index) => ({
    name: city.name,
    country: city.country,
    admin1: divisionOfCity[index] < 0 ? -1 : cities.length + divisionOfCity[index],
    lat: city.lat,
    lon: city.lon,
    population: city.population,
    names: [city.name, city.asciiName],
    alternateNames: usableAlternateNames(city.alternateNames),
  }));
  divisions.forEach((division, index) => {
    rows.push({
      name: division.name,
      country: division.country,
      admin1: cities.length + index,
      lat: division.lat,
      lon: division.lon,
      population: division.population,
      names: [division.name],
      alternateNames: divisionNameVariants(division.name).slice(1),
    });
  });

  // Districts follow the first-level divisions; a district's admin1 column points at its
  // division, a division's at itself, which is how the two kinds are told apart.
  const divisionIdByCode = new Map(divisions.map((division, index) => [division.code, cities.length + index]));
  const kindWords = sources.districtKindWords ?? { leading: [], trailing: [] };
  for (const district of groupAdmin2Divisions(cities, sources.admin2Names ?? [])) {
    const bare = bareDistrictName(district.name, kindWords);
    rows.push({
      name: bare ?? district.name,
      country: district.country,
      admin1: divisionIdByCode.get(district.admin1Code) ?? -1,
      lat: district.lat,
      lon: district.lon,
      population: district.population,
      names: bare === null ? [district.name] : [bare, district.name],
      alternateNames: [],
    });
  }

  // key → place id → whether the key is one of the place's own names.
  const strict = new Map<string, Map<number, boolean>>();
  const addKey = (key: string, id: number, ownName: boolean): void => {
    if (key === "") return;
    let places = strict.get(key);
    if (places === undefined) strict.set(key, (places = new Map()));
    places.set(id, ownName || places.get(id) === true);
  };
  rows.forEach((row, id) => {
    for (const name of row.names) addKey(placeKey(name), id, true);
    for (const name of row.alternateNames) addKey(placeKey(name), id, false);
  });
  applyPlaceAliases(sources.placeAliases, rows, strict, addKey, cities.length + divisions.length);

  const strictPostings = packKeyPostings(
    new Map([...strict].map(([key, places]) => [key, [...places].map(([id, ownName]) => (ownName ? id : id | ALTERNATE_NAME_FLAG) >>> 0)])),
  );
  const loose = new Map<string, number[]>();
  for (let position = 0; position < stringCount(strictPostings.keys); position++) {
    const looseKey = looseKeyOfStrictKey(stringAt(strictPostings.keys, position));
    const list = loose.get(looseKey);
    if (list === undefined) loose.set(looseKey, [position]);
    else list.push(position);
  }

  // Most settled population first: where two countries share a name or demonym, the first wins.
  const settled = new Map<string, number>();
  for (const city of cities) settled.set(city.country, (settled.get(city.country) ?? 0) + city.population);
  const countries = [...sources.countries].sort(
    (a, b) => (settled.get(b.code) ?? 0) - (settled.get(a.code) ?? 0) || a.code.localeCompare(b.code),
  );
  if (countries.length > 255) throw new Error("more countries than the one-byte country column holds");
  const countryIndex = new Map(countries.map((country, index) => [country.code, index]));

  return {
    version: GAZETTEER_INDEX_VERSION,
    sources: sources.versions,
    fingerprint: sources.fingerprint,
    countries: countries.map((country) => ({ ...country, lat: round(country.lat), lon: round(country.lon) })),
    places: {
      cityCount: cities.length,
      names: packStringList(rows.map((row) => row.name)),
      country: Uint8Array.from(rows, (row) => countryIndex.get(row.country) ?? 0),
      admin1: Int32Array.from(rows, (row) => row.admin1),
      lat: Int32Array.from(rows, (row) => Math.round(row.lat * COORDINATE_SCALE)),
      lon: Int32Array.from(rows, (row) => Math.round(row.lon * COORDINATE_SCALE)),
      population: Uint32Array.from(rows, (row) => row.population),
    },
    strict: strictPostings,
    loose: packKeyPostings(loose),
  };
}

/**
 * Keys each alias to the most populous place of its country that already answers to the
 * canonical name, and makes the first alias of a place its display name: the file lists the
 * English names news actually uses ("Palmyra", not GeoNames' "Tadmur").
 */
function applyPlaceAliases(
  aliases: readonly PlaceAlias[],
  rows: PlaceRow[],
  strict: ReadonlyMap<string, ReadonlyMap<number, boolean>>,
  addKey: (key: string, id: number, ownName: boolean) => void,
  firstDistrictId: number,
): void {
  const renamed = new Set<number>();
  for (const alias of aliases) {
    const candidates = [...(strict.get(placeKey(alias.canonical))?.keys() ?? [])].filter(
      // Aliases name settlements and provinces, not districts.
      (id) => rows[id].country === alias.country && id < firstDistrictId,
    );
    if (candidates.length === 0) {
      throw new Error(`place alias "${alias.alias}": no place "${alias.canonical}" in ${alias.country}`);
    }
    const id = candidates.reduce((best, candidate) => (rows[candidate].population > rows[best].population ? candidate : best));
    // An alias is a name the place goes by in English: as strong a clue as its own name.
    addKey(placeKey(alias.alias), id, true);
    if (!renamed.has(id)) {
      rows[id].name = alias.alias;
      renamed.add(id);
    }
  }
}

/** Four decimals (about 11 m) are finer than any country centre needs. */
function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1e4) / 1e4 : 0;
}
