import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { PlacePrecision, PlaceValue } from "../../core/model.ts";
import { loadGazetteer, type CountryInfo, type Direction } from "../../geo/gazetteer.ts";
import { resolvePlaceName } from "../../geo/resolve-place-name.ts";
import { actorByAlias } from "./actor-lexicon.ts";

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
}

const EFFECTS = readTsv(lexiconUrl("place-words.tsv"));
const NEAR_BEFORE = new RegExp(
  `\\b(?:${EFFECTS.filter(([w, e]) => e === "near" && !/^(district|county|LGA|local|area)/.test(w!))
    .map(([w]) => w)
    .join("|")})\\s+(?:the\\s+)?(?:\\w+\\s+of\\s+)?$`,
  "i",
);
const SUFFIX = new RegExp(
  `^\\s+(${EFFECTS.filter(([w]) =>
    /^(district|department|province|governorate|state|region|county|local government area|LGA|town|village|city|area)$/.test(w!),
  )
    .map(([w]) => w)
    .join("|")})\\b`,
  "i",
);
const SUFFIX_EFFECT = new Map(EFFECTS.map(([w, e]) => [w!.toLowerCase(), e as PlacePrecision]));

/** Capitalised name candidates: "Deir ez-Zor", "Khan Younis", "al-Khiam", "Sana'a". */
const NAME_RE =
  /(?<![\p{L}\p{N}'’-])(?:(?:al|el|ad|ar|as|az|ash|ez|ed)-)?\p{Lu}[\p{L}'’]*(?:(?:\s|-)(?:(?:al|el|ad|ar|as|az|ash|ez|ed|es|bin|ibn|abu|de|du)(?:-|\s))?\p{Lu}[\p{L}'’]*)*/gu;
const DIRECTION_RE =
  /\b(north|south|east|west|northeast|northwest|southeast|southwest|central|north-east|north-west|south-east|south-west)(?:ern)?\s+(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/giu;
const COMPASS_BEFORE =
  /\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|central)(?:ern)?\s+$/i;

/** Words that announce a place name beyond doubt: "the village of", "in the town of", "near", "outskirts of". */
const STRONG_LOCATIVE =
  /\b(?:(?:village|town|city|district|neighbou?rhood|camp|hill|area|locality|community|outskirts|suburbs?|posts?|base|region|province|governorate) of|(?:near|outside|in|at|into|on|struck|shelled|bombed|raided|stormed|attacked)(?: the (?:village|town|city|district|area|community) of)?)\s+$/i;
const MONTHS_AND_DAYS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Preceded by a locative preposition: a capitalised word there is more likely a place. */
const LOCATIVE_BEFORE =
  /\b(?:in|at|near|outside|from|to|of|on|into|toward|towards|around|across)\s+(?:the\s+)?(?:(?:city|town|village|capital|province|region|district|area|state|governorate|camp|ancient city|southern|northern|eastern|western|central)\s+(?:of\s+)?)?$/i;
/** Capitalised words and phrases that are never places on their own (see the lexicon's reasons). */
const notPlaceKey = (s: string) => s.toLowerCase().replace(/[-\s]+/g, " ");
const NOT_PLACE_KEYS = new Set(readTsv(lexiconUrl("not-places.tsv")).map(([w]) => notPlaceKey(w!)));
const NOT_PLACES = { has: (s: string) => NOT_PLACE_KEYS.has(notPlaceKey(s)) };

/** "Congo" in an article about the DR Congo means the DR Congo: a short name shared by two countries goes to the article's own. */
function preferHinted(found: CountryInfo, name: string, hint: string | null): CountryInfo {
  if (!hint || found.code === hint) return found;
  const hinted = loadGazetteer().country(hint);
  const word = name.toLowerCase();
  return hinted &&
    hinted.names.some((n) =>
      n
        .toLowerCase()
        .split(/[\s,]+/)
        .includes(word),
    )
    ? hinted
    : found;
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

/**
 * Finds the places in `text.slice(start, end)`: region phrases ("northwestern Syria"), countries
 * and demonyms, and capitalised names the gazetteer knows, with the precision the words around
 * them give. `countryHint` is the article's main country, used to choose among namesakes.
 */
export function findPlaces(text: string, start: number, end: number, countryHint: string | null, seen?: PlaceReading): PlaceHit[] {
  const gaz = loadGazetteer();
  const hits: PlaceHit[] = [];
  const slice = text.slice(start, end);
  const taken = (s: number, e: number) => hits.some((h) => h.start < e && s < h.end);

  DIRECTION_RE.lastIndex = 0;
  for (let m = DIRECTION_RE.exec(slice); m; m = DIRECTION_RE.exec(slice)) {
    // The name may run on into the next capitalised word ("Syria On"): try the longer, then the first word.
    let named = m[2]!;
    let country = gaz.country(named, { codes: false });
    if (!country && named.includes(" ")) {
      named = named.split(" ")[0]!;
      country = gaz.country(named, { codes: false });
    }
    if (!country || !/^\p{Lu}/u.test(named)) continue;
    seen?.countries.add(country.code);
    country = preferHinted(country, named, countryHint);
    const matched = m[0].slice(0, m[0].length - m[2]!.length) + named;
    const point = gaz.regionPoint(country.code, normaliseDirection(m[1]!));
    if (!point) continue;
    const s = start + m.index;
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
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(slice); m; m = NAME_RE.exec(slice)) {
    // "Mogadishu’s Hamarweyne district": the possessive is not part of the name.
    let name = m[0];
    const possessive = /['’]s(?:\s|$)/u.exec(name);
    if (possessive) {
      // "Mogadishu’s Hamarweyne district": two names; read the second on the next turn.
      name = name.slice(0, possessive.index);
      NAME_RE.lastIndex = m.index + possessive.index + 2;
    }
    let s = start + m.index;
    // Drop leading words that cannot be part of a place name ("In Kerman", "Tuesday Aleppo").
    const words = name.split(/\s+/);
    while (words.length > 1 && NOT_PLACES.has(words[0]!)) {
      s += words[0]!.length + 1;
      words.shift();
    }
    name = words.join(" ");
    const e = s + name.length;
    // Actor names double as foreign place names in gazetteers ("Hamas" is also Hamm): an actor is never a place here.
    if (NOT_PLACES.has(name) || taken(s, e) || actorByAlias(name)) continue;
    const before = text.slice(Math.max(start, s - 40), s);
    const after = text.slice(e, Math.min(end, e + 30));
    // "Iran-backed", "Saudi-led": a country qualifying an actor, not a place.
    if (/^-(?:backed|led|linked|aligned|allied|affiliated|based|sponsored|supported)\b/.test(text.slice(e, e + 12))) continue;
    const found = gaz.country(name, { codes: false });
    const country = found ? preferHinted(found, name, countryHint) : null;
    if (found) seen?.countries.add(found.code);
    if (country) {
      const demonym = country.names.every((n) => n.toLowerCase() !== name.toLowerCase()) && name.toUpperCase() !== country.code;
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
    const locative = LOCATIVE_BEFORE.test(before) || NEAR_BEFORE.test(before) || STRONG_LOCATIVE.test(before);
    const suffix = SUFFIX.exec(after);
    const place = resolvePlaceName(name, { countryHint });
    if (seen) {
      if (place) {
        seen.countries.add(place.country);
        resolved++;
      } else seen.unresolved = true;
    }
    if (!place) {
      // A village the gazetteer lacks ("the village of X", "near X") is still a place: it tells
      // incidents apart, though it can only be mapped as coarsely as the rest of the text allows.
      const abbreviation = name.length <= 4 && (text[e] === "." || /^\p{Lu}+$/u.test(name));
      // "Council on Foreign Relations", "Islamic State in West Africa": a preposition inside a longer proper name.
      const insideName = /\p{Lu}[\p{L}.]*\s+(?:on|in|of|at)\s+$/u.test(before);
      const institution = /^\s+(?:University|College|Institute|Relations|Province|Council|Church|Hospital|School|Ministry)\b/.test(after);
      if (
        countryHint &&
        STRONG_LOCATIVE.test(before) &&
        !MONTHS_AND_DAYS.test(name) &&
        !abbreviation &&
        !insideName &&
        !institution &&
        /^\p{Lu}/u.test(name.replace(/^(?:al|el)-/i, "X"))
      ) {
        hits.push({
          start: s,
          end: e,
          place: { name, admin1: null, country: countryHint, lat: null, lon: null, precision: NEAR_BEFORE.test(before) ? "near" : "exact" },
          countryOnly: false,
          demonym: false,
          soft: false,
        });
      }
      continue;
    }
    // Matched only through a name in another language ("Casa Blanca"): believe it only where the words say "in X" at home.
    const ownName = gaz.findPlaces(name, place.country, { alternates: false }).some((p) => p.lat === place.lat && p.lon === place.lon);
    if (!ownName && !(locative && place.country === countryHint)) continue;
    // A lone capitalised word is a place only when the words around it say so or the place is large.
    if (!locative && !suffix && words.length === 1 && place.population < 100_000 && place.kind !== "admin1") continue;
    let precision: PlacePrecision = place.kind === "admin1" ? "admin1" : "exact";
    const suffixWord = suffix?.[1]?.toLowerCase();
    if (suffixWord) precision = SUFFIX_EFFECT.get(suffixWord) ?? precision;
    if (suffixWord && precision === "admin1" && place.kind !== "admin1") {
      const division =
        resolvePlaceName(`${name} ${suffix![1]}`, { countryHint }) ?? gaz.findPlaces(name, place.country).find((p) => p.kind === "admin1");
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
    if (NEAR_BEFORE.test(before) && precision === "exact") precision = "near";
    const soft = place.kind !== "admin1" && gaz.findPlaces(name, place.country).some((p) => p.kind === "admin1");
    // "southwest Erbil", "northern Kirkuk": a part of the province, not the town.
    const compass = COMPASS_BEFORE.exec(before);
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
  placeUnknownVillagesInTheirSentence(hits);
  return hits;
}

/**
 * "A fresh attack in southern Lebanon, at the border town of X": a village the gazetteer lacks
 * belongs to the country the same passage names, which may not be the article's main one.
 */
function placeUnknownVillagesInTheirSentence(hits: PlaceHit[]): void {
  for (const hit of hits) {
    if (hit.place.lat !== null) continue;
    let nearest: PlaceHit | null = null;
    for (const other of hits) {
      if (other.place.lat === null || other.demonym || other.place.precision === "exact" || other.place.precision === "near") continue;
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
