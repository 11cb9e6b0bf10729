import type { PlacePrecision } from "../../core/model.ts";
import { loadGazetteer } from "../../geo/gazetteer.ts";
import { chooseDivisionContext, readDivisionReadings, resolveInContext } from "../../geo/division-context.ts";
import { resolvePlaceName } from "../../geo/resolve-place-name.ts";
import { cityAround, cityWrittenAfter } from "./city-quarter.ts";
import { compassRegionHit, countryNameHit } from "./country-mentions.ts";
import { divisionLeadingBody } from "./division-leading-body.ts";
import { isFacilityName, readWrittenContext } from "./place-finder-context.ts";
import { anchorOf } from "./place-finder-support.ts";
import { overlapsAny, toValue, type PlaceHit, type PlaceReading } from "./place-hit.ts";
import { placeInContext } from "./place-in-written-divisions.ts";
import {
  SUFFIX_EFFECT,
  compassBefore,
  isLocative,
  isNearBefore,
  isStrongLocative,
  scanPlaceNames,
  suffixOf,
  type PlaceNameScan,
} from "./place-name-candidates.ts";
import { LOOSE_ALONE_POPULATION, unlistedPlaceHit } from "./unlisted-place-name.ts";
import { keepVillagesInTheProvinceNamed, placeUnknownVillagesInTheirSentence } from "./village-placement.ts";

export { sameUnder, type PlaceHit, type PlaceReading } from "./place-hit.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const TWO_NAMES_HYPHENED = /^(\p{Lu}[\p{L}'’]+)-(\p{Lu}[\p{L}'’]+)$/u;

/** "the province of", "the department of", "the countryside of": the words before a first-level division's name. */
const DIVISION_OF_BEFORE = /\b(?:province|department|governorate|state|region|oblast|countryside)\s+of\s+(?:the\s+)?$/i;

/** Words after a capital's name that make it stand for the state. */
const STANDS_FOR_THE_STATE = /^\s+(?:government|regime|administration|authorities)\b/i;

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
    const hit = compassRegionHit(d, countryHint, seen);
    if (hit) hits.push(hit);
  }

  let resolved = 0;
  for (const c of candidates.names) {
    const { name, start: s, end: e } = c;
    if (overlapsAny(hits, s, e)) continue;
    const named = countryNameHit(c, countryHint, seen);
    if (named) {
      hits.push(named);
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
    // What they name is the same under any country: read once, chosen among again under another.
    const beside =
      (c.written?.limit === end ? c.written : undefined) ?? (c.written = { limit: end, context: readWrittenContext(text, s, e, end) });
    const written = beside.context;
    // The name must read as a place by itself: after "in", "near", before its kind word, or with divisions in brackets.
    const placeLike = written.bracketed || written.ownLevel !== null || isLocative(c);
    const division =
      written.items.length > 0 && placeLike && !isFacilityName(name)
        ? chooseDivisionContext((beside.divisions ??= readDivisionReadings(written.items, gaz)), countryHint, {
            bracketed: written.bracketed,
          })
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
      const unlisted = unlistedPlaceHit(text, c, written, hintHere);
      if (unlisted) hits.push(unlisted);
      continue;
    }
    // "the Kabul government", "the Damascus regime": the state the capital stands for, not a place.
    if (place.kind === "city" && STANDS_FOR_THE_STATE.test(c.after)) continue;
    // "the department of Antioquia", "the countryside of Idlib": the division, not a town named
    // after it; and towns abroad are no rivals to it, only divisions of that name are.
    if (DIVISION_OF_BEFORE.test(c.before)) {
      const division = place.kind === "admin1" ? place : gaz.placesNamed(name, place.country).find((p) => p.kind === "admin1");
      if (division) {
        const unique = gaz.placesNamed(name).every((p) => p.kind !== "admin1" || p.country === division.country);
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
    const ownName = gaz.placesNamed(name, place.country, { alternates: false }).some((p) => p.lat === place.lat && p.lon === place.lon);
    // With no country to go by, "in the town of X" where X's every reading lies in one country will do.
    if (
      !ownName &&
      !(locative && place.country === hintHere) &&
      !(
        hintHere === null &&
        isStrongLocative(c) &&
        place.population >= LOOSE_ALONE_POPULATION &&
        gaz.placesNamed(name).every((p) => p.country === place.country)
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
        gaz.placesNamed(name, place.country).find((p) => p.kind === "admin1");
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
    const soft = area || (place.kind !== "admin1" && gaz.placesNamed(name, place.country).some((p) => p.kind === "admin1"));
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
