/**
 * The gazetteer index: what the build script produces and `loadGazetteer()` serves from. Places
 * are kept in columns of typed arrays rather than one object each, so the file is read as views
 * over one buffer instead of being parsed into 200,000 objects.
 */

import { fileURLToPath } from "node:url";
import type { StringList } from "./string-list.ts";

/** Bumped whenever the layout changes, so a stale generated file is rejected, not misread. */
export const GAZETTEER_INDEX_VERSION = 5;

/** Where `npm run build:gazetteer` writes the index and `loadGazetteer()` reads it. */
export const DEFAULT_GAZETTEER_INDEX_PATH = fileURLToPath(new URL("../../data/generated/gazetteer.bin", import.meta.url));

/**
 * Set on a strict posting whose place has the key only among its alternate names (GeoNames'
 * other-language names, a division's name without "Province"), not as its own name or an alias.
 * Lookups can then demand a place's own name where an alternate one is too weak a clue.
 */
export const ALTERNATE_NAME_FLAG = 0x80000000;

/** Coordinates are stored as integers of this many units per degree (1e-5° is about 1 m). */
export const COORDINATE_SCALE = 1e5;

/** One country as stored: what `CountryInfo` shows, plus the ISO3 code for lookups. */
export interface CountryRecord {
  code: string;
  code3: string;
  name: string;
  lat: number;
  lon: number;
  demonyms: string[];
  names: string[];
  /** ISO2 codes of the countries sharing a land border. */
  borders: string[];
}

/** Keys pointing at ids: key i owns `ids[starts[i]] … ids[starts[i + 1] - 1]`. */
export interface KeyPostings {
  /** ASCII, sorted by code unit, so they can be bisected as bytes. */
  keys: StringList;
  starts: Uint32Array;
  ids: Uint32Array;
}

/**
 * Every place in columns; place id = position. Settlements come first (`cityCount` of them,
 * largest population first), then the first-level divisions (each its own `admin1`), then the
 * second-level ones (districts, whose `admin1` is their division), so `kind` needs no column.
 */
export interface PlaceColumns {
  cityCount: number;
  names: StringList;
  /** Index into `GazetteerIndex.countries`. */
  country: Uint8Array;
  /** Place id of the place's first-level division (for a division, itself); -1 when unknown. */
  admin1: Int32Array;
  /** Degrees × COORDINATE_SCALE. */
  lat: Int32Array;
  lon: Int32Array;
  population: Uint32Array;
}

/** The whole index. */
export interface GazetteerIndex {
  version: number;
  /** Package name → version of every source the index was built from, for provenance. */
  sources: Record<string, string>;
  /** Hash of everything the index was built from, so an unchanged build can be skipped. */
  fingerprint: string;
  countries: CountryRecord[];
  places: PlaceColumns;
  /** `placeKey` of every name and usable alternate name → place ids (maybe with ALTERNATE_NAME_FLAG). */
  strict: KeyPostings;
  /**
   * `loosePlaceKey` → positions of strict keys, so a loose match can be checked against the
   * spelling that produced it before any place is returned.
   */
  loose: KeyPostings;
}
