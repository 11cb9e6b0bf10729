/**
 * A name read as a place that no town of the gazetteer answers: a district known only as one
 * ("Nassriya"), a loosely spelt town, or a village the gazetteer lacks ("the village of X").
 */

import type { PlacePrecision } from "../../core/model.ts";
import { loadGazetteer } from "../../geo/gazetteer.ts";
import type { WrittenContext } from "./place-finder-context.ts";
import { toValue, type PlaceHit } from "./place-hit.ts";
import { isInsideName, isLocative, isNearBefore, isStrongLocative, type NameCandidate } from "./place-name-candidates.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const CAPITALISED = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;

const MONTHS_AND_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** With no country to go by, a town found by a loose or alternate spelling must be this large. */
export const LOOSE_ALONE_POPULATION = 10_000;

/**
 * The hit for a name the gazetteer's towns do not answer, or null when it reads as no place.
 * `hintHere` is the country to find it in (the one written beside it, else the article's).
 */
export function unlistedPlaceHit(text: string, c: NameCandidate, written: WrittenContext, hintHere: string | null): PlaceHit | null {
  const { name, start: s, end: e } = c;
  // A village the gazetteer lacks ("the village of X", "near X") is still a place: it tells
  // incidents apart, though it can only be mapped as coarsely as the rest of the text allows.
  const abbreviation = name.length <= 4 && (text[e] === "." || ALL_CAPITALS.test(name));
  const institution = /^\s+(?:University|College|Institute|Relations|Province|Council|Church|Hospital|School|Ministry)\b/.test(c.after);
  const villageLike =
    // "in the X district": a district the gazetteer lacks is a place as much as a village is.
    (isStrongLocative(c) || (isLocative(c) && written.ownLevel === "district")) &&
    !MONTHS_AND_DAYS.test(name) &&
    !abbreviation &&
    // "Council on Foreign Relations", "Islamic State in West Africa": a preposition inside a longer proper name.
    !isInsideName(c) &&
    !institution &&
    CAPITALISED.test(name.replace(/^(?:al|el)-/i, "X"));
  // Known only as a district ("Nassriya" for the district of An Nasiriyah) in the article's
  // country; or, with no country to go by, a loosely spelt name ("Tillabery") whose every
  // reading lies in one country.
  const lookedUp = written.ownName ?? name;
  const known = !villageLike
    ? []
    : loadGazetteer().placesNamed(lookedUp, hintHere ?? undefined, { districts: true, loose: hintHere === null });
  // Spelt loosely with no country to go by, only a town of some size is believed ("Dombe" is no Polish hamlet).
  const only = known.find(
    (p) => (hintHere === null && (p.kind !== "city" || p.population >= LOOSE_ALONE_POPULATION)) || p.kind === "admin2",
  );
  if (only !== undefined && known.every((p) => p.country === only.country)) {
    const precision: PlacePrecision = only.kind === "admin1" ? "admin1" : only.kind === "admin2" || isNearBefore(c) ? "near" : "exact";
    return {
      start: s,
      end: e,
      place: { ...toValue(only, precision), name },
      countryOnly: false,
      demonym: false,
      soft: only.kind === "admin2",
    };
  }
  if (hintHere && villageLike) {
    return {
      start: s,
      end: e,
      place: { name, admin1: null, country: hintHere, lat: null, lon: null, precision: isNearBefore(c) ? "near" : "exact" },
      countryOnly: false,
      demonym: false,
      soft: false,
    };
  }
  return null;
}
