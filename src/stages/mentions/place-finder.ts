import { namedAsNeighbour } from "./neighbour-country.ts";
import type { PlacePrecision, PlaceValue } from "../../core/model.ts";
import { loadGazetteer, type CountryInfo, type Direction, type GazetteerPlace } from "../../geo/gazetteer.ts";
import { readDivisionContext, resolveInContext, type DivisionContext } from "../../geo/division-context.ts";
import { greatCircleKm } from "../../geo/great-circle-distance.ts";
import { resolvePlaceName } from "../../geo/resolve-place-name.ts";
import { isFacilityName, readWrittenContext, type WrittenContext } from "./place-finder-context.ts";
import { anchorOf } from "./place-finder-support.ts";
import { countryLeadingForce } from "./country-leading-force.ts";
import { divisionLeadingBody } from "./division-leading-body.ts";
import {
  SUFFIX_EFFECT,
  compassBefore,
  isInsideName,
  isLocative,
  isNearBefore,
  isStrongLocative,
  scanPlaceNames,
  suffixOf,
  type NameCandidate,
  type PlaceNameScan,
} from "./place-name-candidates.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const CAPITALISED = /^\p{Lu}/u;
const TWO_NAMES_HYPHENED = /^(\p{Lu}[\p{L}'’]+)-(\p{Lu}[\p{L}'’]+)$/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
const VERB_IN_ED_AFTER = /^\s+\p{Ll}+ed\b/u;

/** A place named in the text, resolved as far as the gazetteer allows. */
export interface PlaceHit {
  start: number;
  end: number;
  place: PlaceValue;
  /** A country named by its name or a demonym: context, not an incident's place by itself. */
  countryOnly: boolean;
  demonym: boolean;
  /** A town named like its province ("Kaduna", "Homs"): the text may mean either. */
  soft: boolean;
  /**
   * Whether the hit tells its country by itself: a country or demonym, a region of a named
   * country, a place read in the divisions written beside it, a name found in one country only,
   * or a very large city. Other hits are believed only in a country something else supports.
   */
  anchored?: boolean;
  /** Anchored only because no other country has a place so named, though a small one: outweighed by what the text says. */
  onlyByName?: boolean;
  /**
   * A country read inside another name ("Chadian" of "Chadian Armed Forces"): it tells which
   * country the text is about, but is no mention of its own (the name is the actor's).
   */
  contextOnly?: boolean;
}

const MONTHS_AND_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

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

/** What a reading without a country context met: whether another context could read it differently. */
export interface PlaceReading {
  countries: Set<string>;
  unresolved: boolean;
}

/** True when reading again with `hint` cannot change anything: every name met already belongs to that country. */
export function sameUnder(seen: PlaceReading, hint: string): boolean {
  return !seen.unresolved && [...seen.countries].every((c) => c === hint);
}

/** Whether `start`–`end` overlaps a hit already found. */
function overlapsAny(hits: readonly PlaceHit[], start: number, end: number): boolean {
  return hits.some((h) => h.start < end && start < h.end);
}

/**
 * Finds the places in `text.slice(start, end)`: region phrases ("northwestern Syria"), countries
 * and demonyms, and capitalised names the gazetteer knows, with the precision the words around
 * them give. `countryHint` is the article's main country, used to choose among namesakes. `scan`
 * is the stretch's candidates when already read (a reading under another hint).
 */
export function findPlaces(
  text: string,
  start: number,
  end: number,
  countryHint: string | null,
  seen?: PlaceReading,
  scan?: PlaceNameScan,
): PlaceHit[] {
  const gaz = loadGazetteer();
  const hits: PlaceHit[] = [];
  const candidates = scan && scan.start === start && scan.end === end ? scan : scanPlaceNames(text, start, end);

  for (const d of candidates.directions) {
    // The name may run on into the next capitalised word ("Syria On"): try the longer, then the first word.
    let named = d.named;
    let country = gaz.country(named, { codes: false });
    if (!country && named.includes(" ")) {
      named = named.split(" ")[0]!;
      country = gaz.country(named, { codes: false });
    }
    if (!country || !CAPITALISED.test(named)) continue;
    seen?.countries.add(country.code);
    country = preferHinted(country, named, countryHint);
    const matched = d.matched.slice(0, d.matched.length - d.named.length) + named;
    const point = gaz.regionPoint(country.code, normaliseDirection(d.direction));
    if (!point) continue;
    const s = d.start;
    hits.push({
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
    });
  }

  let resolved = 0;
  for (const c of candidates.names) {
    const { name, start: s, end: e } = c;
    if (overlapsAny(hits, s, e)) continue;
    const found = gaz.country(name, { codes: false });
    const country = found ? preferHinted(found, name, countryHint) : null;
    if (found) seen?.countries.add(found.code);
    if (country) {
      // "a Pakistan security official": a country's name before those who speak for it is their
      // demonym, telling whose they are, not where anything happened.
      const demonym =
        (!lowerNamesOf(country).has(name.toLowerCase()) && name.toUpperCase() !== country.code) || ATTRIBUTIVE_AFTER.test(c.after);
      hits.push({
        start: s,
        end: e,
        place: { name: country.name, admin1: null, country: country.code, lat: country.lat, lon: country.lon, precision: "country" },
        countryOnly: true,
        demonym,
        soft: false,
      });
      continue;
    }
    // "Pakistan Army", "Chadian Armed Forces": a state's forces, which name its country and no place.
    const leading = countryLeadingForce(name);
    if (leading) {
      const ownCountry = preferHinted(leading.country, leading.words, countryHint);
      seen?.countries.add(leading.country.code);
      const demonym = !lowerNamesOf(ownCountry).has(leading.words.toLowerCase());
      hits.push({
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
      });
      continue;
    }
    // "the Zamfara State Road Traffic Agency": the state the body serves is a place, the body is not.
    const body = divisionLeadingBody(name);
    if (body) {
      seen?.countries.add(body.division.country);
      hits.push({
        start: s,
        end: s + body.words.length,
        place: toValue(body.division, "admin1"),
        countryOnly: false,
        demonym: false,
        soft: false,
      });
      continue;
    }
    // Divisions written beside the name decide its country and province before anything else.
    const written = readWrittenContext(text, s, e, end);
    // The name must read as a place by itself: after "in", "near", before its kind word, or with divisions in brackets.
    const placeLike = written.bracketed || written.ownLevel !== null || isLocative(c);
    const division =
      written.items.length > 0 && placeLike && !isFacilityName(name)
        ? readDivisionContext(written.items, gaz, countryHint, { bracketed: written.bracketed })
        : null;
    // A district alone, with no province or country and not in brackets, or divisions spelt
    // loosely, are believed only where the name is found in them.
    const weak = division !== null && ((!division.corroborated && !written.bracketed) || division.loose);
    const onlyCountry = division !== null && division.admin1 === null && division.district === null;
    if (
      division !== null &&
      !onlyCountry &&
      (!weak || resolveInContext(written.ownName ?? name, division, gaz, { districts: written.ownLevel === "district" }) !== null)
    ) {
      seen?.countries.add(division.country);
      hits.push(...placeInContext(c, written, division).map((h) => ({ ...h, anchored: true })));
      continue;
    }
    // "X, Nigeria": the country written beside the name is the one to find it in.
    const hintHere = onlyCountry ? division.country : countryHint;
    const locative = isLocative(c);
    const suffix = suffixOf(c);
    // "Namtu Township" with nothing written beside it: the town the division is named after.
    const bareName = written.ownLevel === "district" ? written.ownName : null;
    const place =
      resolvePlaceName(name, { countryHint: hintHere }) ??
      (bareName === null ? null : resolvePlaceName(bareName, { countryHint: hintHere }));
    if (place !== null && bareName !== null && place.kind === "city" && (isLocative(c) || written.bracketed)) {
      hits.push({ start: s, end: e, place: { ...toValue(place, "near"), name }, countryOnly: false, demonym: false, soft: true });
      if (seen) seen.countries.add(place.country);
      continue;
    }
    if (seen) {
      if (place) {
        seen.countries.add(place.country);
        resolved++;
      } else seen.unresolved = true;
    }
    // "the Kirkuk-Tikrit road": two towns joined by a hyphen; the road starts near the first.
    const ends = place === null && locative ? TWO_NAMES_HYPHENED.exec(name) : null;
    const from = ends ? resolvePlaceName(ends[1]!, { countryHint: hintHere }) : null;
    if (ends && from && from.kind === "city" && resolvePlaceName(ends[2]!, { countryHint: from.country })?.country === from.country) {
      hits.push({ start: s, end: s + ends[1]!.length, place: toValue(from, "near"), countryOnly: false, demonym: false, soft: false });
      if (seen) seen.countries.add(from.country);
      continue;
    }
    if (!place) {
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
      const known = !villageLike ? [] : gaz.findPlaces(lookedUp, hintHere ?? undefined, { districts: true, loose: hintHere === null });
      // Spelt loosely with no country to go by, only a town of some size is believed ("Dombe" is no Polish hamlet).
      const only = known.find(
        (p) => (hintHere === null && (p.kind !== "city" || p.population >= LOOSE_ALONE_POPULATION)) || p.kind === "admin2",
      );
      if (only !== undefined && known.every((p) => p.country === only.country)) {
        const precision: PlacePrecision = only.kind === "admin1" ? "admin1" : only.kind === "admin2" || isNearBefore(c) ? "near" : "exact";
        hits.push({
          start: s,
          end: e,
          place: { ...toValue(only, precision), name },
          countryOnly: false,
          demonym: false,
          soft: only.kind === "admin2",
        });
        continue;
      }
      if (hintHere && villageLike) {
        hits.push({
          start: s,
          end: e,
          place: { name, admin1: null, country: hintHere, lat: null, lon: null, precision: isNearBefore(c) ? "near" : "exact" },
          countryOnly: false,
          demonym: false,
          soft: false,
        });
      }
      continue;
    }
    // "the Kabul government", "the Damascus regime": the state the capital stands for, not a place.
    if (place.kind === "city" && STANDS_FOR_THE_STATE.test(c.after)) continue;
    // "the department of Antioquia", "the countryside of Idlib": the division, not a town named
    // after it; and towns abroad are no rivals to it, only divisions of that name are.
    if (DIVISION_OF_BEFORE.test(c.before)) {
      const division = place.kind === "admin1" ? place : gaz.findPlaces(name, place.country).find((p) => p.kind === "admin1");
      if (division) {
        const unique = gaz.findPlaces(name).every((p) => p.kind !== "admin1" || p.country === division.country);
        hits.push({
          start: s,
          end: e,
          place: toValue(division, "admin1"),
          countryOnly: false,
          demonym: false,
          soft: false,
          ...(unique ? { anchored: true, onlyByName: true } : {}),
        });
        continue;
      }
    }
    // Matched only through a name in another language ("Casa Blanca"): believe it only where the words say "in X" at home.
    const ownName = gaz.findPlaces(name, place.country, { alternates: false }).some((p) => p.lat === place.lat && p.lon === place.lon);
    // With no country to go by, "in the town of X" where X's every reading lies in one country will do.
    if (
      !ownName &&
      !(locative && place.country === hintHere) &&
      !(
        hintHere === null &&
        isStrongLocative(c) &&
        place.population >= LOOSE_ALONE_POPULATION &&
        gaz.findPlaces(name).every((p) => p.country === place.country)
      )
    )
      continue;
    // A lone capitalised word is a place only when the words around it say so or the place is large.
    if (!locative && !suffix && c.wordCount === 1 && place.population < 100_000 && place.kind !== "admin1") continue;
    // "clashes at X in Y": X is a part of the city Y the gazetteer lacks, not a far-off namesake.
    const city = division === null && locative ? cityAround(cityWrittenAfter(written, text.slice(e, Math.min(end, e + 80))), place) : null;
    if (city !== null) {
      hits.push({ start: s, end: e, place: { ...toValue(city, "exact"), name }, countryOnly: false, demonym: false, soft: false });
      continue;
    }
    let precision: PlacePrecision = place.kind === "admin1" ? "admin1" : "exact";
    const suffixWord = suffix?.[1]?.toLowerCase();
    if (suffixWord) precision = SUFFIX_EFFECT.get(suffixWord) ?? precision;
    if (suffixWord && precision === "admin1" && place.kind !== "admin1") {
      const division =
        resolvePlaceName(`${name} ${suffix![1]}`, { countryHint: hintHere }) ??
        gaz.findPlaces(name, place.country).find((p) => p.kind === "admin1");
      if (division) {
        hits.push({
          start: s,
          end: e + suffix![0].length,
          place: toValue(division, "admin1"),
          countryOnly: false,
          demonym: false,
          soft: false,
        });
        continue;
      }
    }
    if (isNearBefore(c) && precision === "exact") precision = "near";
    // "X district", "X LGA": an area around its seat, which alone does not tell incidents apart.
    const area = suffixWord !== undefined && SUFFIX_EFFECT.get(suffixWord) === "near";
    const soft = area || (place.kind !== "admin1" && gaz.findPlaces(name, place.country).some((p) => p.kind === "admin1"));
    // "southwest Erbil", "northern Kirkuk": a part of the province, not the town.
    const compass = compassBefore(c);
    if (compass && (soft || place.kind === "admin1")) {
      const cs = s - compass[0].length;
      hits.push({
        start: cs,
        end: e,
        place: { ...toValue(place, "region"), name: text.slice(cs, e) },
        countryOnly: false,
        demonym: false,
        soft: false,
      });
      continue;
    }
    hits.push({
      start: s,
      end: suffix && precision !== "exact" ? e + suffix[0].length : e,
      place: toValue(place, precision),
      countryOnly: false,
      demonym: false,
      soft,
    });
  }
  // A name found but then set aside may be read otherwise in another country's context.
  if (seen && resolved > hits.filter((h) => !h.countryOnly && h.place.precision !== "region").length) seen.unresolved = true;
  hits.sort((a, b) => a.start - b.start);
  placeUnknownVillagesInTheirSentence(hits, text);
  keepVillagesInTheProvinceNamed(hits);
  for (const hit of hits) {
    if (hit.anchored !== undefined) continue;
    const anchor = anchorOf(text, hit);
    hit.anchored = anchor !== null;
    if (anchor === "name") hit.onlyByName = true;
  }
  return hits;
}

/** A city this large has quarters of its own that news names ("X in Y"). */
const CITY_WITH_QUARTERS = 100_000;
/** Farther than this from the city written after it, a place of the name is a namesake, not the quarter. */
const QUARTER_KM = 30;

/**
 * The city written after a name as where it is ("X in Y", "X, Y"), when that city is large and the
 * place found for the name lies far from it: the name is a quarter of the city.
 */
function cityAround(written: string | null, place: GazetteerPlace): GazetteerPlace | null {
  if (written === null) return null;
  const city = resolvePlaceName(written, { countryHint: place.country });
  if (city === null || city.kind !== "city" || city.country !== place.country || city.population < CITY_WITH_QUARTERS) return null;
  if (place.population >= city.population) return null;
  return greatCircleKm(place, city) > QUARTER_KM ? city : null;
}

/** "X and Y in Z": the place written after a pair of names holds both. */
const PAIR_IN = /^\s+and\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)/u;

/** The one name written after a place as where it is ("X in Y", "X, Y", "X and W in Y"), or null. */
function cityWrittenAfter(written: WrittenContext, after: string): string | null {
  if (written.items.length === 0) return PAIR_IN.exec(after)?.[1] ?? null;
  if (written.items.length !== 1 || written.bracketed) return null;
  const item = written.items[0]!;
  return item.level === null || item.level === "town" ? item.name : null;
}

/** "the province of", "the department of", "the countryside of": the words before a first-level division's name. */
const DIVISION_OF_BEFORE = /\b(?:province|department|governorate|state|region|oblast|countryside)\s+of\s+(?:the\s+)?$/i;

/** Words after a country's name that make it qualify those who speak for the state ("Pakistan security officials"). */
const ATTRIBUTIVE_AFTER =
  /^\s+(?:(?:security|intelligence|military|government|army|police|border)\s+)?(?:officials?|sources?|spokes(?:man|woman|person))\b/;

/** Words after a capital's name that make it stand for the state. */
const STANDS_FOR_THE_STATE = /^\s+(?:government|regime|administration|authorities)\b/i;

/** With no country to go by, a town found by a loose or alternate spelling must be this large. */
const LOOSE_ALONE_POPULATION = 10_000;

/**
 * The name read in the divisions written beside it: the place of that name inside them, or else
 * (a village the gazetteer lacks) the district or province itself, as precisely as they allow.
 * The divisions' own words become one more hit, so their names are not read again alone.
 */
function placeInContext(c: NameCandidate, written: WrittenContext, division: DivisionContext): PlaceHit[] {
  const gaz = loadGazetteer();
  const hits: PlaceHit[] = [];
  const hit = (start: number, end: number, place: PlaceValue): PlaceHit => ({
    start,
    end,
    place,
    countryOnly: false,
    demonym: false,
    soft: false,
  });
  const found = resolveInContext(written.ownName ?? c.name, division, gaz, { districts: written.ownLevel === "district" });
  const near = isNearBefore(c);
  // A district ("X district", or the district standing for a village the gazetteer lacks) is an
  // area around a town, like a town named as its province: soft, so it alone does not tell incidents apart.
  if (found !== null) {
    const area = found.kind === "admin2" || written.ownLevel === "district";
    let precision: PlacePrecision = found.kind === "admin1" ? "admin1" : area ? "near" : "exact";
    if (near && precision === "exact") precision = "near";
    hits.push({ ...hit(c.start, written.ownEnd, toValue(found, precision)), soft: area });
  } else if (division.district !== null) {
    hits.push({ ...hit(c.start, written.ownEnd, { ...toValue(division.district, "near"), name: c.name }), soft: true });
  } else if (division.admin1 !== null) {
    hits.push(hit(c.start, written.ownEnd, { ...toValue(division.admin1, "admin1"), name: c.name }));
  } else {
    hits.push(
      hit(c.start, written.ownEnd, {
        name: c.name,
        admin1: null,
        country: division.country,
        lat: null,
        lon: null,
        precision: near ? "near" : "exact",
      }),
    );
  }
  // A country written as context is found again on its own, as a country.
  const area = division.admin1 ?? division.district;
  if (written.end > written.ownEnd && area !== null) {
    hits.push({
      ...hit(written.ownEnd, written.end, toValue(area, area.kind === "admin1" ? "admin1" : "near")),
      soft: area.kind !== "admin1",
    });
  }
  return hits;
}

/** A village this small, this far from the one province its sentence names, is a namesake of one there. */
const STRAY_VILLAGE_POPULATION = 10_000;
const STRAY_VILLAGE_KM = 200;

/**
 * "In X Township, in Rakhine State, soldiers attacked an outpost in Y village": when the sentence
 * names one province, a small Y found far from it is a namesake of a village there that the
 * gazetteer lacks; the province is the truer place.
 */
function keepVillagesInTheProvinceNamed(hits: PlaceHit[]): void {
  const gaz = loadGazetteer();
  for (const hit of hits) {
    const v = hit.place;
    if (hit.countryOnly || v.lat === null || v.lon === null || (v.precision !== "exact" && v.precision !== "near")) continue;
    const provinces = hits.filter(
      (h) => !h.countryOnly && h.place.precision === "admin1" && h.place.country === v.country && h.place.lat !== null,
    );
    const named = new Set(provinces.map((h) => h.place.admin1 ?? h.place.name));
    if (named.size !== 1 || v.admin1 === null || named.has(v.admin1)) continue;
    const province = provinces[0]!.place;
    const found = gaz.findPlaces(v.name, v.country ?? undefined).find((p) => p.lat === v.lat && p.lon === v.lon);
    if (found === undefined || found.kind !== "city" || found.population >= STRAY_VILLAGE_POPULATION) continue;
    if (greatCircleKm({ lat: v.lat, lon: v.lon }, { lat: province.lat!, lon: province.lon! }) <= STRAY_VILLAGE_KM) continue;
    hit.place = { ...province, name: v.name, precision: "admin1" };
  }
}

/**
 * "A fresh attack in southern Lebanon, at the border town of X": a village the gazetteer lacks
 * belongs to the country the same passage names, which may not be the article's main one.
 */
/** Between a demonym and a village: a few words naming what it is, then "of" ("posts of", "border town of"). */
const DEMONYM_OF = /^\s+(?:[\p{Ll}-]+\s+){1,2}of\s+(?:the\s+)?$/u;

/** A country named right before a verb in the past, not after a preposition: the subject that acted. */
function namedAsActing(text: string, hit: PlaceHit): boolean {
  const before = text.slice(Math.max(0, hit.start - 12), hit.start);
  return (
    !/\b(?:in|of|into|across|from|to|near|inside|within)\s+(?:the\s+)?$/i.test(before) &&
    VERB_IN_ED_AFTER.test(text.slice(hit.end, hit.end + 20))
  );
}

function placeUnknownVillagesInTheirSentence(hits: PlaceHit[], text: string): void {
  for (const hit of hits) {
    if (hit.place.lat !== null) continue;
    // "the Israeli posts of X", "the Syrian border town of X": the demonym qualifies the village itself.
    const own = hits.find((h) => h.demonym && h.end <= hit.start && DEMONYM_OF.test(text.slice(h.end, hit.start)));
    if (own) {
      hit.place = { ...hit.place, country: own.place.country };
      continue;
    }
    let nearest: PlaceHit | null = null;
    for (const other of hits) {
      if (other.place.lat === null || other.demonym || other.place.precision === "exact" || other.place.precision === "near") continue;
      // "10 km from the border with X": X is across the border from the village.
      if (other.countryOnly && namedAsNeighbour(text, other.start)) continue;
      // "X targeted four villages": a state named as the side that acted says nothing of where.
      if (other.countryOnly && namedAsActing(text, other)) continue;
      if (nearest === null || Math.abs(other.start - hit.start) < Math.abs(nearest.start - hit.start)) nearest = other;
    }
    if (nearest !== null) hit.place = { ...hit.place, country: nearest.place.country };
  }
}

function toValue(
  p: { name: string; admin1: string | null; country: string; lat: number; lon: number },
  precision: PlacePrecision,
): PlaceValue {
  return { name: p.name, admin1: p.admin1, country: p.country, lat: p.lat, lon: p.lon, precision };
}
