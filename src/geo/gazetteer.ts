/**
 * The offline gazetteer: settlements, first-level divisions and countries from GeoNames-derived
 * data, looked up by the names news uses. Built by `npm run build:gazetteer` into
 * data/generated/gazetteer.bin; `loadGazetteer()` opens it once per process.
 */

import { existsSync } from "node:fs";
import { isBareCompassWord, stripDivisionWord } from "./admin-division-words.ts";
import { createAdmin1Locator } from "./admin1-locator.ts";
import { BoundedCache } from "./bounded-cache.ts";
import { createCountryDirectory, type CountryLookupOptions } from "./country-directory.ts";
import { readGazetteerIndexFile } from "./gazetteer-index-file.ts";
import {
  ALTERNATE_NAME_FLAG,
  COORDINATE_SCALE,
  DEFAULT_GAZETTEER_INDEX_PATH,
  type GazetteerIndex,
  type PlaceColumns,
} from "./gazetteer-index.ts";
import type { LatLon } from "./great-circle-distance.ts";
import { openKeyTable } from "./key-table.ts";
import { looseKeyOfStrictKey, placeKey } from "./place-key.ts";
import { computeRegionPoints, isDirection, type Direction } from "./region-point.ts";
import { isCloseSpelling } from "./spelling-distance.ts";
import { stringAt } from "./string-list.ts";

export type { CountryLookupOptions } from "./country-directory.ts";
export type { Direction } from "./region-point.ts";

/** A settlement, first-level division or country. */
export interface GazetteerPlace {
  /** Display name, e.g. "Palmyra" or "Homs". */
  name: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string;
  /** Name of the first-level division ("Homs", "Damascus Governorate"), not a code; null if unknown. */
  admin1: string | null;
  lat: number;
  lon: number;
  /** 0 when unknown. For a division, the summed population of its listed settlements. */
  population: number;
  /** "admin2": a district, LGA, raion or township, found only when asked for (`districts`). */
  kind: "city" | "admin1" | "admin2" | "country";
}

/** A country as news names it. */
export interface CountryInfo {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** Common English name ("Syria", "DR Congo"). */
  name: string;
  /** A central point. */
  lat: number;
  lon: number;
  /** English demonyms ("Syrian"). */
  demonyms: string[];
  /** Every English name, the common one first ("Syria", "Syrian Arab Republic"). */
  names: string[];
  /** ISO2 codes of the countries sharing a land border ("Safed" in a report on Lebanon is next door). */
  borders: string[];
}

/** How `findPlaces` may match. */
export interface FindPlacesOptions {
  /**
   * Whether to fall back to loose spelling ("Dayr al-Zur" for Deir ez-Zor) when no name matches
   * strictly (default true). Loose matches abroad are often a different town entirely.
   */
  loose?: boolean;
  /**
   * Whether a place's alternate names count (default true). With false, only its own name (and
   * the English aliases in data/place-aliases.tsv) do: GeoNames' alternates include other
   * languages' names that are English words elsewhere ("Hamas" is Lithuanian for Hamm).
   */
  alternates?: boolean;
  /**
   * Whether second-level divisions (districts) count (default false). They are looked for where
   * the text says a name is a district, or writes it as the context of another place.
   */
  districts?: boolean;
}

/** Lookups over the gazetteer. */
export interface Gazetteer {
  /**
   * All places whose name or alternate name matches, transliteration-tolerant; best (largest
   * population) first. Cities and admin1 divisions. `country` is an ISO2 code or anything
   * `country()` understands; an unknown country gives no places. A name ending in a division word
   * ("Kirkuk province", "the Tahoua region") also finds the division by its bare name.
   */
  findPlaces(name: string, country?: string, options?: FindPlacesOptions): GazetteerPlace[];
  /**
   * The same places as `findPlaces`, without copying them: the gazetteer's own, to be read and
   * never changed. For lookups that run for every name of every sentence.
   */
  placesNamed(name: string, country?: string, options?: FindPlacesOptions): readonly Readonly<GazetteerPlace>[];
  /**
   * A country by name ("Syria", "the United States", "DR Congo"), ISO2/ISO3 code, or demonym ("Syrian", "Nigerien", "Iraqi"). null if none.
   * Codes match in capitals only; pass `{ codes: false }` for words taken from prose, where "IS"
   * and "AU" are more often the Islamic State and the African Union than Iceland and Australia.
   */
  country(text: string, options?: CountryLookupOptions): CountryInfo | null;
  /**
   * A point inside the given compass part of a country (e.g. northwestern Syria), computed from
   * the spread of the country's settlements. null for an unknown country.
   */
  regionPoint(country: string, direction: Direction): { lat: number; lon: number } | null;
  /** The admin1 division (kind "admin1") containing/nearest to a point in a country — used to fill admin1 for places. */
  admin1At(lat: number, lon: number, country: string): string | null;
}

/** Thrown when the generated index is missing or unreadable. */
export class GazetteerLoadError extends Error {
  constructor(
    message: string,
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "GazetteerLoadError";
  }
}

const PLACE_ID_MASK = ~ALTERNATE_NAME_FLAG >>> 0;

/** The most two strict keys' lengths can differ while `isCloseSpelling` still holds (three soft letters). */
const MAX_CLOSE_LENGTH_DIFFERENCE = 3;

let loaded: Gazetteer | null = null;

/** The gazetteer from the generated index; read on first call, shared afterwards. */
export function loadGazetteer(): Gazetteer {
  loaded ??= loadGazetteerFrom(DEFAULT_GAZETTEER_INDEX_PATH);
  return loaded;
}

/** A gazetteer from an index file elsewhere (not memoised). */
export function loadGazetteerFrom(path: string): Gazetteer {
  if (!existsSync(path)) {
    throw new GazetteerLoadError(`gazetteer index not found at ${path}: run "npm run build:gazetteer"`, path);
  }
  try {
    return openGazetteer(readGazetteerIndexFile(path));
  } catch (error) {
    throw new GazetteerLoadError(`gazetteer index at ${path} is unreadable (rebuild with "npm run build:gazetteer")`, path, {
      cause: error,
    });
  }
}

/** A place standing for a whole country, for events the text places only in a country. */
export function countryAsPlace(info: CountryInfo): GazetteerPlace {
  return { name: info.name, country: info.code, admin1: null, lat: info.lat, lon: info.lon, population: 0, kind: "country" };
}

/** A gazetteer over an index already in memory. */
export function openGazetteer(index: GazetteerIndex): Gazetteer {
  const { places } = index;
  const strict = openKeyTable(index.strict);
  const loose = openKeyTable(index.loose);
  const directory = createCountryDirectory(index.countries);
  const locator = createAdmin1Locator(places);
  const countries = index.countries.map((record) =>
    deepFreeze<CountryInfo>({
      code: record.code,
      name: record.name,
      lat: record.lat,
      lon: record.lon,
      demonyms: [...record.demonyms],
      names: [...record.names],
      borders: [...(record.borders ?? [])],
    }),
  );
  /** The nine region points of each country asked about (null for a country without settlements). */
  const regionPoints = new Map<number, Readonly<Record<Direction, LatLon>> | null>();
  let settlementsByCountry: SettlementsByCountry | null = null;

  const countryIndexOf = (text: string): number =>
    /^[A-Za-z]{2}$/.test(text.trim()) ? directory.indexOfCode(text) : directory.indexOf(text);

  const placeAt = (id: number): GazetteerPlace => {
    const division = places.admin1[id];
    return {
      name: stringAt(places.names, id),
      country: countries[places.country[id]].code,
      admin1: division >= 0 ? stringAt(places.names, division) : null,
      lat: places.lat[id] / COORDINATE_SCALE,
      lon: places.lon[id] / COORDINATE_SCALE,
      population: places.population[id],
      kind: id < places.cityCount ? "city" : places.admin1[id] === id ? "admin1" : "admin2",
    };
  };

  const inCountry = (id: number, countryIndex: number | null): boolean => countryIndex === null || places.country[id] === countryIndex;
  const isDistrict = (id: number): boolean => id >= places.cityCount && places.admin1[id] !== id;
  // Built once here, not per lookup: lookups run for every name in every sentence.
  const wanted = (id: number, countryIndex: number | null, allowDistricts: boolean): boolean =>
    inCountry(id, countryIndex) && (allowDistricts || !isDistrict(id));

  /**
   * Strict-key positions spelt close to `key` among the keys that collapse to its loose key; the
   * same for every country, so worked out once per key.
   */
  const closeKeyPositions = new BoundedCache<string, readonly number[]>();
  const findCloseKeyPositions = (key: string): readonly number[] => {
    const close: number[] = [];
    for (const position of loose.idsOf(looseKeyOfStrictKey(key))) {
      // A key longer or shorter by more letters than any name may differ is never close.
      if (Math.abs(strict.keyLengthAt(position) - key.length) > MAX_CLOSE_LENGTH_DIFFERENCE) continue;
      if (isCloseSpelling(key, strict.keyAt(position))) close.push(position);
    }
    return close;
  };

  /** What every lookup of one key shares, whatever the country and options. */
  const keyQuery = (key: string): KeyQuery => ({ key, strictIds: key === "" ? NO_IDS : strict.idsOf(key), close: undefined });

  const matchingIds = (
    query: KeyQuery,
    countryIndex: number | null,
    allowAlternates: boolean,
    allowLoose: boolean,
    allowDistricts: boolean,
  ): number[] => {
    if (query.key === "") return [];
    const found = new Set<number>();
    for (const posting of query.strictIds) {
      const id = posting & PLACE_ID_MASK;
      if ((allowAlternates || (posting & ALTERNATE_NAME_FLAG) === 0) && wanted(id, countryIndex, allowDistricts)) found.add(id);
    }
    if (found.size > 0 || !allowLoose || !allowAlternates) return [...found];
    // Loose tier: strict keys that collapse alike, kept only if spelt close to the query.
    query.close ??= closeKeyPositions.getOrCompute(query.key, findCloseKeyPositions);
    for (const position of query.close) {
      for (const posting of strict.idsAt(position)) {
        const id = posting & PLACE_ID_MASK;
        if (wanted(id, countryIndex, allowDistricts)) found.add(id);
      }
    }
    return [...found];
  };

  const findMatchingPlaces = (
    name: string,
    query: NameQuery,
    country: string | undefined,
    allowLoose: boolean,
    allowAlternates: boolean,
    allowDistricts: boolean,
  ): GazetteerPlace[] => {
    query.compass ??= isBareCompassWord(name);
    if (query.compass) return [];
    let countryIndex: number | null = null;
    if (country !== undefined) {
      countryIndex = countryIndexes.getOrCompute(country, countryIndexOf);
      if (countryIndex < 0) return [];
    }
    query.own ??= keyQuery(placeKey(name));
    let ids = matchingIds(query.own, countryIndex, allowAlternates, allowLoose, allowDistricts);
    if (ids.length === 0) {
      // "Kirkuk province", "Gaza City": retry on the bare name, keeping what the word names.
      if (query.bare === undefined) {
        const bare = stripDivisionWord(name.replace(/^the\s+/i, ""));
        query.bare = bare === null ? null : keyQuery(placeKey(bare));
        query.wantsCity = /\bcity$/i.test(name.trim());
      }
      if (query.bare !== null) {
        const wantsCity = query.wantsCity;
        ids = matchingIds(query.bare, countryIndex, allowAlternates, allowLoose, allowDistricts).filter(
          (id) => id < places.cityCount === wantsCity,
        );
      }
    }
    // Ids ascend with falling population among settlements; divisions follow, so sort.
    return ids.sort((a, b) => places.population[b] - places.population[a] || a - b).map((id) => placeAt(id));
  };

  // Place finding asks about the same words sentence after sentence. Answers are kept per name,
  // then per match options and country, with what the name's lookups share.
  const foundPlaces = new BoundedCache<string, NameQuery>();
  /** Country as asked (a code or a name) → its index: asked at every lookup, for a handful of countries. */
  const countryIndexes = new BoundedCache<string, number>();

  const sharedPlaces = (name: string, country: string | undefined, options: FindPlacesOptions | undefined): readonly GazetteerPlace[] => {
    const allowLoose = options?.loose !== false;
    const allowAlternates = options?.alternates !== false;
    let query = foundPlaces.get(name);
    if (query === undefined) {
      query = { byVariant: [], compass: undefined, own: undefined, bare: undefined, wantsCity: false };
      foundPlaces.set(name, query);
    }
    const allowDistricts = options?.districts === true;
    const variant = (allowDistricts ? 4 : 0) + (allowLoose ? 2 : 0) + (allowAlternates ? 1 : 0);
    let byCountry = query.byVariant[variant];
    if (byCountry === undefined) {
      byCountry = new Map();
      query.byVariant[variant] = byCountry;
    }
    let found = byCountry.get(country);
    if (found === undefined) {
      found = findMatchingPlaces(name, query, country, allowLoose, allowAlternates, allowDistricts);
      byCountry.set(country, found);
    }
    return found;
  };

  return {
    // Cached places are never handed out here, only copies, so a caller changing its results
    // cannot change later answers; `placesNamed` hands out the cached ones to callers that only read.
    findPlaces(name, country, options) {
      return sharedPlaces(name, country, options).map((place) => ({ ...place }));
    },

    placesNamed: sharedPlaces,

    country(text, options) {
      const index = directory.indexOf(text, options);
      return index >= 0 ? countries[index] : null;
    },

    regionPoint(country, direction) {
      const countryIndex = countryIndexOf(country);
      // The type already says so; callers that cast words from text still get null, not a throw.
      if (countryIndex < 0 || !isDirection(direction)) return null;
      let points = regionPoints.get(countryIndex);
      if (points === undefined) {
        settlementsByCountry ??= groupSettlementsByCountry(places, countries.length);
        const { starts, ids } = settlementsByCountry;
        const lats = new Float64Array(starts[countryIndex + 1] - starts[countryIndex]);
        const lons = new Float64Array(lats.length);
        for (let at = starts[countryIndex], i = 0; i < lats.length; at++, i++) {
          lats[i] = places.lat[ids[at]] / COORDINATE_SCALE;
          lons[i] = places.lon[ids[at]] / COORDINATE_SCALE;
        }
        points = computeRegionPoints(lats, lons);
        regionPoints.set(countryIndex, points);
      }
      const point = points?.[direction];
      return point === undefined ? null : { ...point };
    },

    admin1At(lat, lon, country) {
      const countryIndex = countryIndexOf(country);
      if (countryIndex < 0) return null;
      const division = locator.divisionAt(lat, lon, countryIndex);
      return division >= 0 ? stringAt(places.names, division) : null;
    },
  };
}

/** One key's lookups: its strict postings, and the positions of keys spelt close to it once worked out. */
interface KeyQuery {
  key: string;
  strictIds: Uint32Array;
  close: readonly number[] | undefined;
}

/**
 * One name's cached places, by match options (districts × 4 + loose × 2 + alternates), then by
 * country as asked; and what its lookups share, worked out on first need.
 */
interface NameQuery {
  byVariant: (Map<string | undefined, readonly GazetteerPlace[]> | undefined)[];
  /** A compass word alone ("North"), which names no place. */
  compass: boolean | undefined;
  own: KeyQuery | undefined;
  /** The name without its division word ("Kirkuk" of "Kirkuk province"); null when it has none. */
  bare: KeyQuery | null | undefined;
  /** Whether the division word was "city" ("Gaza City"). */
  wantsCity: boolean;
}

const NO_IDS = new Uint32Array(0);

/** Settlement ids grouped by country: country i owns `ids[starts[i]] … ids[starts[i + 1] - 1]`, ascending. */
interface SettlementsByCountry {
  starts: Uint32Array;
  ids: Uint32Array;
}

/** One pass over the settlements, so a country's are found without scanning every place again. */
function groupSettlementsByCountry(places: PlaceColumns, countryCount: number): SettlementsByCountry {
  const starts = new Uint32Array(countryCount + 1);
  for (let id = 0; id < places.cityCount; id++) starts[places.country[id] + 1]++;
  for (let country = 0; country < countryCount; country++) starts[country + 1] += starts[country];
  const next = starts.slice(0, countryCount);
  const ids = new Uint32Array(places.cityCount);
  for (let id = 0; id < places.cityCount; id++) ids[next[places.country[id]]++] = id;
  return { starts, ids };
}

function deepFreeze<T extends object>(value: T): T {
  for (const member of Object.values(value)) {
    if (typeof member === "object" && member !== null) Object.freeze(member);
  }
  return Object.freeze(value);
}
