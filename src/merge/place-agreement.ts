/**
 * Whether two reports' places can be one incident's place, and whether they are specific enough to
 * say so. A feed carries many incidents a day in one country: two towns 30 km apart, two provinces,
 * or two differently named villages are different incidents, whatever else the reports share.
 */

import type { PlacePrecision, PlaceValue } from "../core/model.ts";
import { stripDivisionWord } from "../geo/admin-division-words.ts";
import { greatCircleKm } from "../geo/great-circle-distance.ts";
import { isCloseSpelling } from "../geo/spelling-distance.ts";
import { placeKey, placeWords } from "../geo/place-key.ts";
import { areNeighbours, isCountryWord } from "./country-words.ts";

/**
 * How far from its point an incident placed at this precision may lie: a town's point is within a
 * few km of the incident, "near" a town within a district, a province's centroid within its
 * extent. A country's point says nothing (Infinity).
 */
const PRECISION_KM: Record<PlacePrecision, number> = { exact: 6, near: 25, admin1: 250, region: 700, country: Infinity };

/** How far a cross-border incident's launch and impact may lie apart, beyond both precisions. */
const CROSS_BORDER_KM = 60;

/** Two town-level places this close are one spot (a town spelt two ways, placed at two points). */
export const SAME_SPOT_KM = 8;
/**
 * Two places by two names this close, both placed at their own points, are one spot (a
 * neighbourhood and its town); kibbutzim or villages a few km apart are not.
 */
export const NEIGHBOURHOOD_KM = 3;
/** A "near" place this close to a town placed exactly was placed at that town (its district's seat). */
const SEAT_KM = 0.5;

export interface PlaceVerdict {
  /** The places cannot be one incident's place. */
  apart: boolean;
  /** Both are towns (or finer) and one spot: a specific fact the reports share. */
  sameSpot: boolean;
  /** One is a town in the province the other names: consistent, and a weak shared fact. */
  nested: boolean;
  /**
   * Two towns' names that only the texts' mentions reconcile (one names the other's town too):
   * names the texts share then say little, since they share the towns' names.
   */
  disputed?: boolean;
  /** Agreement, added to a pair's score (0 to 1.5). */
  score: number;
}

const NO_PLACE: PlaceVerdict = { apart: false, sameSpot: false, nested: false, score: 0 };
const APART: PlaceVerdict = { apart: true, sameSpot: false, nested: false, score: 0 };
const DISPUTED: PlaceVerdict = { apart: false, sameSpot: false, nested: false, disputed: true, score: 0 };

const isFine = (p: PlaceValue) => p.precision === "exact" || p.precision === "near";
const hasPoint = (p: PlaceValue): p is PlaceValue & { lat: number; lon: number } => p.lat !== null && p.lon !== null;

/** A place named for a locality, not a province or a region, whatever precision it was placed at. */
function isLocality(p: PlaceValue): boolean {
  // A town placed at its point is a town, even one named like its province ("Tahoua", "Praia").
  if (isFine(p)) return true;
  if (p.precision === "region" || (p.admin1 !== null && sameName(p.name, p.admin1))) return false;
  return p.precision !== "country" || !isCountryWord(p.name);
}

/** One name spelt two ways ("Nushki" and "Noshki"), or the same once a division word is dropped. */
export function sameName(a: string, b: string): boolean {
  const ka = placeKey(stripDivisionWord(a) ?? a);
  const kb = placeKey(stripDivisionWord(b) ?? b);
  if (ka === "" || kb === "") return a.toLowerCase() === b.toLowerCase();
  return ka === kb || isCloseSpelling(ka, kb);
}

/** True when one of a text's names is the place's name ("Rangae" in a report placed at its province's capital). */
export function namesPlace(names: ReadonlySet<string>, place: PlaceValue): boolean {
  const key = placeKey(place.name);
  if (key === "") return false;
  const keys = new Set([...names].map(placeKey));
  if (keys.has(key)) return true;
  const words = placeWords(place.name).filter((w) => w.length >= 3);
  return words.length > 1 && words.every((w) => keys.has(placeKey(w)));
}

/** A village or town mapped no finer than its province or country (the gazetteer lacks it). */
const coarseVillage = (p: PlaceValue) => !isFine(p) && isLocality(p);

/** The shortest stem, and the most letters cut off its end, of a village's name one outlet clips. */
const CLIPPED_STEM = 6;
const CLIPPED_LETTERS = 3;

/**
 * One village's name with its last letters cut off by one outlet ("Aiyetor" for "Aiyetorosi"):
 * the gazetteer lacks the village, so no coordinates tell the two apart, and a stem this long
 * with so little cut off is rarely another village's whole name.
 */
export function clippedName(a: string, b: string): boolean {
  const ka = placeKey(stripDivisionWord(a) ?? a);
  const kb = placeKey(stripDivisionWord(b) ?? b);
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= CLIPPED_STEM && long.length - short.length <= CLIPPED_LETTERS && long.startsWith(short);
}

/** Two unplaced villages' names that may be one village's: one name spelt two ways, or clipped. */
const sameVillageName = (a: PlaceValue, b: PlaceValue) => sameName(a.name, b.name) || clippedName(a.name, b.name);

/**
 * Two villages by two names, both mapped no finer than their province or country, neither text
 * naming the other's: two places, never one incident's, however well a report vaguer than both
 * ("a village in the province") agrees with each.
 */
export function twoUnplacedVillages(
  a: PlaceValue | null,
  b: PlaceValue | null,
  aNames: ReadonlySet<string> = new Set(),
  bNames: ReadonlySet<string> = new Set(),
): boolean {
  if (!a || !b || !coarseVillage(a) || !coarseVillage(b) || sameVillageName(a, b)) return false;
  return !namesPlace(aNames, b) && !namesPlace(bNames, a);
}

/**
 * Compares two reports' places (see `PlaceVerdict`); `aNames` and `bNames` are the names their
 * texts use, for two nearby towns each report names (an incident "in Rangae, Narathiwat" placed
 * at either).
 */
export function comparePlaces(
  a: PlaceValue | null,
  b: PlaceValue | null,
  aNames: ReadonlySet<string> = new Set(),
  bNames: ReadonlySet<string> = new Set(),
  /** A text states the incident crossed a border: neighbouring countries' places may both be its. */
  crossBorder = false,
): PlaceVerdict {
  if (!a || !b) return NO_PLACE;
  if (a.country && b.country && a.country !== b.country) {
    if (!areNeighbours(a.country, b.country)) return APART;
    // One village's name put in two neighbouring countries: one report's country was read wrong
    // (a border village filed under the side that fired on it); a specific fact must tell.
    if (!crossBorder) return sameName(a.name, b.name) && !isCountryWord(a.name) && !isCountryWord(b.name) ? DISPUTED : APART;
    // Where it was launched and where it struck: near each other, but no spot in common.
    const apartKm = hasPoint(a) && hasPoint(b) ? greatCircleKm(a, b) : null;
    return apartKm !== null && apartKm > PRECISION_KM[a.precision] + PRECISION_KM[b.precision] + CROSS_BORDER_KM ? APART : NO_PLACE;
  }
  const named = sameName(a.name, b.name) || (coarseVillage(a) && coarseVillage(b) && clippedName(a.name, b.name));
  const km = hasPoint(a) && hasPoint(b) ? greatCircleKm(a, b) : null;
  if (km !== null && km > PRECISION_KM[a.precision] + PRECISION_KM[b.precision]) {
    // A text that names the other's town may have been placed by another of its names ("over
    // Amalfi, in Antioquia" placed at a town called Antioquia): a specific fact beyond the names
    // the texts share must then tell they are one incident.
    const misplaced = isFine(a) && isFine(b) && !named && (namesPlace(aNames, b) || namesPlace(bNames, a));
    return misplaced ? DISPUTED : APART;
  }
  // Two provinces, or two towns of two provinces: the gazetteer names provinces one way, so two
  // names that differ are two provinces.
  const provincial = (p: PlaceValue) => p.precision !== "region" && p.precision !== "country";
  if (provincial(a) && provincial(b) && a.admin1 && b.admin1 && !sameName(a.admin1, b.admin1)) {
    return APART;
  }
  if (isFine(a) && isFine(b)) {
    // A "near" place stands at a point it was placed by (its district's seat): two names there
    // are two villages of one district, not one spot.
    const close = km !== null && km <= NEIGHBOURHOOD_KM && a.precision === "exact" && b.precision === "exact";
    // Two towns by two names, not next to each other: two places, two incidents, unless a text
    // names the other's town too and the two lie within both precisions.
    if (!named && !close) {
      // A village placed "near" at its district's seat, and the seat itself: the village lies in
      // the seat's district, as a town in a province, a weak fact that needs another beside it.
      const seat = km !== null && km <= SEAT_KM && a.precision !== b.precision;
      if (seat) return { apart: false, sameSpot: false, nested: true, score: 0.25 };
      const within = km !== null && km <= PRECISION_KM[a.precision] + PRECISION_KM[b.precision];
      if (within && (namesPlace(aNames, b) || namesPlace(bNames, a))) return { apart: false, sameSpot: true, nested: false, score: 0.5 };
      return APART;
    }
    return { apart: false, sameSpot: true, nested: false, score: 1 + (named ? 0.5 : 0) };
  }
  // Two villages the gazetteer lacks, each mapped no finer than its province (or country): the
  // point they share is the province's, not theirs, and two names are two villages.
  if (twoUnplacedVillages(a, b, aNames, bNames)) return APART;
  if (coarseVillage(a) && coarseVillage(b) && !named) return DISPUTED;
  // Two provinces (or two unresolved names) told apart by name, unless placed at one point.
  const onePoint = km !== null && km <= SAME_SPOT_KM;
  if (a.precision === b.precision && a.precision !== "country" && a.precision !== "region" && !named && !onePoint) {
    return APART;
  }
  // One town's name, placed no finer than its province or country by one report or both: still
  // the spot. Two towns' names: two places, unless one point holds both or a text names both.
  if (isLocality(a) && isLocality(b)) {
    if (named) return { apart: false, sameSpot: true, nested: false, score: 0.5 };
    const onePlace = onePoint && a.precision !== "country" && b.precision !== "country";
    if (!onePlace && !namesPlace(aNames, b) && !namesPlace(bNames, a)) return APART;
    if (!onePlace) return { apart: false, sameSpot: false, nested: false, disputed: true, score: 0 };
  }
  const inProvince = (town: PlaceValue, province: PlaceValue) =>
    isFine(town) && province.precision === "admin1" && town.admin1 !== null && sameName(town.admin1, province.admin1 ?? province.name);
  return { apart: false, sameSpot: false, nested: inProvince(a, b) || inProvince(b, a), score: named ? 0.5 : 0.3 };
}
