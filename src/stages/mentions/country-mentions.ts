/**
 * Countries the text names: a compass part of one ("northwestern Syria"), its name or demonym
 * ("Syria", "Syrian"), and its state's forces ("Pakistan Army"), which name it without being a place.
 */

import { loadGazetteer, type CountryInfo, type Direction } from "../../geo/gazetteer.ts";
import { countryLeadingForce } from "./country-leading-force.ts";
import type { PlaceHit, PlaceReading } from "./place-hit.ts";
import type { DirectionCandidate, NameCandidate } from "./place-name-candidates.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const CAPITALISED = /^\p{Lu}/u;

/** Words after a country's name that make it qualify those who speak for the state ("Pakistan security officials"). */
const ATTRIBUTIVE_AFTER =
  /^\s+(?:(?:security|intelligence|military|government|army|police|border)\s+)?(?:officials?|sources?|spokes(?:man|woman|person))\b/;

/** "Congo" in an article about the DR Congo means the DR Congo: a short name shared by two countries goes to the article's own. */
function preferHinted(found: CountryInfo, name: string, hint: string | null): CountryInfo {
  if (!hint || found.code === hint) return found;
  const hinted = loadGazetteer().country(hint);
  return hinted && nameWordsOf(hinted).has(name.toLowerCase()) ? hinted : found;
}

/** Per country, the lower-case words of its names, and the names themselves: asked about for every country named. */
const NAME_WORDS = new WeakMap<CountryInfo, Set<string>>();
const LOWER_NAMES = new WeakMap<CountryInfo, Set<string>>();

function nameWordsOf(country: CountryInfo): Set<string> {
  let words = NAME_WORDS.get(country);
  if (!words) {
    words = new Set(country.names.flatMap((n) => n.toLowerCase().split(/[\s,]+/)));
    NAME_WORDS.set(country, words);
  }
  return words;
}

function lowerNamesOf(country: CountryInfo): Set<string> {
  let names = LOWER_NAMES.get(country);
  if (!names) {
    names = new Set(country.names.map((n) => n.toLowerCase()));
    LOWER_NAMES.set(country, names);
  }
  return names;
}

function normaliseDirection(d: string): Direction {
  return d.toLowerCase().replace("-", "") as Direction;
}

/** "northwestern Syria", "southern border region of Syria": a compass part of a country, as a region hit; null when no country is named. */
export function compassRegionHit(d: DirectionCandidate, countryHint: string | null, seen?: PlaceReading): PlaceHit | null {
  const gaz = loadGazetteer();
  // The name may run on into the next capitalised word ("Syria On"): try the longer, then the first word.
  let named = d.named;
  let country = gaz.country(named, { codes: false });
  if (!country && named.includes(" ")) {
    named = named.split(" ")[0]!;
    country = gaz.country(named, { codes: false });
  }
  if (!country || !CAPITALISED.test(named)) return null;
  seen?.countries.add(country.code);
  country = preferHinted(country, named, countryHint);
  const matched = d.matched.slice(0, d.matched.length - d.named.length) + named;
  const point = gaz.regionPoint(country.code, normaliseDirection(d.direction));
  if (!point) return null;
  const s = d.start;
  return {
    start: s,
    end: s + matched.length,
    place: {
      name: matched,
      admin1: null,
      country: country.code,
      lat: point.lat,
      lon: point.lon,
      precision: "region",
    },
    countryOnly: false,
    demonym: false,
    soft: false,
  };
}

/**
 * A country named by its name, a demonym or its state's forces, as a hit with country precision;
 * null when the candidate names no country.
 */
export function countryNameHit(c: NameCandidate, countryHint: string | null, seen?: PlaceReading): PlaceHit | null {
  const { name, start: s, end: e } = c;
  const found = loadGazetteer().country(name, { codes: false });
  const country = found ? preferHinted(found, name, countryHint) : null;
  if (found) seen?.countries.add(found.code);
  if (country) {
    // "a Pakistan security official": a country's name before those who speak for it is their
    // demonym, telling whose they are, not where anything happened.
    const demonym =
      (!lowerNamesOf(country).has(name.toLowerCase()) && name.toUpperCase() !== country.code) || ATTRIBUTIVE_AFTER.test(c.after);
    return {
      start: s,
      end: e,
      place: { name: country.name, admin1: null, country: country.code, lat: country.lat, lon: country.lon, precision: "country" },
      countryOnly: true,
      demonym,
      soft: false,
    };
  }
  // "Pakistan Army", "Chadian Armed Forces": a state's forces, which name its country and no place.
  const leading = countryLeadingForce(name);
  if (!leading) return null;
  const ownCountry = preferHinted(leading.country, leading.words, countryHint);
  seen?.countries.add(leading.country.code);
  const demonym = !lowerNamesOf(ownCountry).has(leading.words.toLowerCase());
  return {
    start: s,
    end: s + leading.words.length,
    place: {
      name: ownCountry.name,
      admin1: null,
      country: ownCountry.code,
      lat: ownCountry.lat,
      lon: ownCountry.lon,
      precision: "country",
    },
    countryOnly: true,
    demonym,
    soft: false,
    contextOnly: true,
  };
}
