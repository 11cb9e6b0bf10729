import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import { loadGazetteer } from "../../geo/gazetteer.ts";
import type { PlacePrecision } from "../../core/model.ts";
import type { DivisionReadings } from "../../geo/division-context.ts";
import type { WrittenContext } from "./place-finder-context.ts";
import { isLatinText, twin } from "../latin-twin.ts";
import { actorByAlias } from "../../actors/actor-lexicon.ts";
import { nonActor } from "../../actors/non-actors.ts";

/**
 * The capitalised names of a stretch of text that may be places, and the words around each: what
 * place finding reads whatever the article's country. Reading a sentence a second time under
 * another country (`findPlaces` with a hint) reuses them rather than scanning again.
 */
export interface PlaceNameScan {
  start: number;
  end: number;
  /** "northwestern Syria": a compass word before a capitalised name. */
  directions: DirectionCandidate[];
  names: NameCandidate[];
}

export interface DirectionCandidate {
  /** Offset of the match in the text. */
  start: number;
  /** The whole match, the direction word and the name after it. */
  matched: string;
  direction: string;
  named: string;
}

/** A capitalised name, without leading words that cannot start a place name, not an actor. */
export interface NameCandidate {
  start: number;
  end: number;
  name: string;
  wordCount: number;
  /** Up to 40 characters before the name and 30 after it, within the stretch read. */
  before: string;
  after: string;
  // Tests of the words around, worked out on first use and kept for a second reading. Each
  // candidate starts with all of them undefined, so that candidates share one shape.
  locative: boolean | undefined;
  nearBefore: boolean | undefined;
  strongLocative: boolean | undefined;
  insideName: boolean | undefined;
  suffix: RegExpExecArray | null | undefined;
  compass: RegExpExecArray | null | undefined;
  /** The divisions written beside the name up to `limit`, and what they name in each country. */
  written: { limit: number; context: WrittenContext; divisions?: DivisionReadings } | undefined;
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

/**
 * Capitalised name candidates: "Deir ez-Zor", "Khan Younis", "al-Khiam", "Sana'a", "Mazar-e Sharif"
 * (the Persian "-e-"), and names after a person with an initial inside ("Benigno S. Aquino").
 */
const NAME_RE = twin(
  /(?<![\p{L}\p{N}'’-])(?:(?:al|el|ad|ar|as|az|ash|ez|ed)-)?\p{Lu}[\p{L}'’]*(?:(?:(?<=\s\p{Lu})\.)?(?:(?:\s|-)(?:(?:al|el|ad|ar|as|az|ash|ez|ed|es|bin|ibn|abu|de|du)(?:-|\s))?|-(?:e|ye)[\s-])\p{Lu}[\p{L}'’]*)*/gu,
);
const DIRECTION_RE = twin(
  /\b(north|south|east|west|northeast|northwest|southeast|southwest|central|north-east|north-west|south-east|south-west)(?:ern)?\s+(?:(?:(?:border|frontier|tribal|rural|mountainous)\s+)?(?:regions?|parts?|areas?|provinces?)\s+of\s+(?:the\s+)?)?(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)/giu,
);
const COMPASS_BEFORE =
  /\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|central)(?:ern)?\s+$/i;

/** Words that announce a place name beyond doubt: "the village of", "in the town of", "near", "outskirts of". */
const STRONG_LOCATIVE =
  /\b(?:(?:village|town|city|district|neighbou?rhood|camp|hill|area|locality|community|outskirts|suburbs?|posts?|base|region|province|governorate) of|(?:near|outside|in|at|into|on|struck|shelled|bombed|raided|stormed|attacked)(?: the (?:village|town|city|district|area|community) of)?)\s+$/i;

/** Preceded by a locative preposition: a capitalised word there is more likely a place. */
const LOCATIVE_BEFORE =
  /\b(?:in|at|near|outside|from|to|of|on|into|toward|towards|around|across)\s+(?:the\s+)?(?:(?:city|town|village|barangay|capital|province|region|district|area|state|governorate|camp|ancient city|southern|northern|eastern|western|central)\s+(?:of\s+)?)?$/i;
/**
 * "in Nigeria's Zamfara state", "in Yemen's western Hodeidah province": after a place's possessive,
 * itself after a locative preposition, a capitalised word is a place within it.
 */
const LOCATIVE_POSSESSIVE_BEFORE =
  /\b(?:[Ii]n|at|near|outside|across|into|from)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s\s+(?:(?:restive|volatile|troubled|embattled|far|remote|southern|northern|eastern|western|central|south-?eastern|south-?western|north-?eastern|north-?western|southeast|southwest|northeast|northwest)\s+){0,2}$/;
/** "Council on Foreign Relations", "Islamic State in West Africa": a preposition inside a longer proper name. */
const INSIDE_NAME = twin(/\p{Lu}[\p{L}.]*\s+(?:on|in|of|at)\s+$/u);

/** Capitalised words and phrases that are never places on their own (see the lexicon's reasons). */
const notPlaceKey = (s: string) => s.toLowerCase().replace(/[-\s]+/g, " ");
const NOT_PLACE_KEYS = new Set(readTsv(lexiconUrl("not-places.tsv")).map(([w]) => notPlaceKey(w!)));
/** The same few capitalised words come back sentence after sentence: their answer is kept. */
const notPlaceMemo = new Map<string, boolean>();
const NOT_PLACE_MEMO_CAPACITY = 50_000;
/** A country's name as news writes it ("DR Congo", "the United States"). */
function isCountryName(s: string): boolean {
  return loadGazetteer().country(s) !== null;
}

function isNotPlace(s: string): boolean {
  let known = notPlaceMemo.get(s);
  if (known === undefined) {
    known = NOT_PLACE_KEYS.has(notPlaceKey(s));
    if (notPlaceMemo.size >= NOT_PLACE_MEMO_CAPACITY) notPlaceMemo.clear();
    notPlaceMemo.set(s, known);
  }
  return known;
}

const QUALIFIED_ACTOR = /^-(?:backed|led|linked|aligned|allied|affiliated|based|sponsored|supported)\b/;
/** "an Indian state-owned consortium", "Chinese-owned mines": who owns a company, not where anything is. */
const OWNER = /^(?:-owned|-funded|-flagged|\s+(?:state-owned|state-run|government-owned|owned)\b)/;
const POSSESSIVE = /['’]s(?:\s|$)/u;

/** The candidates of `text.slice(start, end)`; see `PlaceNameScan`. */
export function scanPlaceNames(text: string, start: number, end: number): PlaceNameScan {
  const slice = text.slice(start, end);
  const latin = isLatinText(slice);
  const directions: DirectionCandidate[] = [];
  const directionRe = latin ? DIRECTION_RE.latin : DIRECTION_RE.unicode;
  directionRe.lastIndex = 0;
  for (let m = directionRe.exec(slice); m; m = directionRe.exec(slice)) {
    directions.push({ start: start + m.index, matched: m[0], direction: m[1]!, named: m[2]! });
  }

  const names: NameCandidate[] = [];
  const nameRe = latin ? NAME_RE.latin : NAME_RE.unicode;
  nameRe.lastIndex = 0;
  for (let m = nameRe.exec(slice); m; m = nameRe.exec(slice)) {
    let name = m[0];
    const possessive = POSSESSIVE.exec(name);
    if (possessive) {
      // "Mogadishu’s Hamarweyne district": two names; read the second on the next turn.
      name = name.slice(0, possessive.index);
      nameRe.lastIndex = m.index + possessive.index + 2;
    }
    let s = start + m.index;
    // Drop leading words that cannot be part of a place name ("In Kerman", "Tuesday Aleppo").
    const words = name.split(/\s+/);
    // …unless the words make a country's name together ("DR Congo": "DR" is no title there).
    while (words.length > 1 && isNotPlace(words[0]!) && !isCountryName(words.join(" "))) {
      s += words[0]!.length + 1;
      words.shift();
    }
    name = words.join(" ");
    const e = s + name.length;
    // Actor names double as foreign place names in gazetteers ("Hamas" is also Hamm): an actor is never a place here,
    // nor an agency, outlet, platform, club or company of several words ("the World Food Programme in Jonglei");
    // a one-word one may be a place too ("Punch" is also Poonch).
    if (isNotPlace(name) || actorByAlias(name) || (words.length > 1 && nonActor(name))) continue;
    // "Iran-backed", "Saudi-led": a country qualifying an actor, not a place.
    if (QUALIFIED_ACTOR.test(text.slice(e, e + 12))) continue;
    if (OWNER.test(text.slice(e, e + 18))) continue;
    names.push({
      start: s,
      end: e,
      name,
      wordCount: words.length,
      before: text.slice(Math.max(start, s - 40), s),
      after: text.slice(e, Math.min(end, e + 30)),
      locative: undefined,
      nearBefore: undefined,
      strongLocative: undefined,
      insideName: undefined,
      suffix: undefined,
      compass: undefined,
      written: undefined,
    });
  }
  return { start, end, directions, names };
}

/** After "in", "near", "the village of"…: a capitalised word there is more likely a place. */
export function isLocative(c: NameCandidate): boolean {
  return (c.locative ??=
    LOCATIVE_BEFORE.test(c.before) || LOCATIVE_POSSESSIVE_BEFORE.test(c.before) || isNearBefore(c) || isStrongLocative(c));
}

/** After "near", "outside", "north of"…: near the place, not in it. */
export function isNearBefore(c: NameCandidate): boolean {
  return (c.nearBefore ??= NEAR_BEFORE.test(c.before));
}

export function isStrongLocative(c: NameCandidate): boolean {
  return (c.strongLocative ??= STRONG_LOCATIVE.test(c.before));
}

/** "Council on Foreign Relations": the name continues a longer proper name. */
export function isInsideName(c: NameCandidate): boolean {
  return (c.insideName ??= (isLatinText(c.before) ? INSIDE_NAME.latin : INSIDE_NAME.unicode).test(c.before));
}

/** "X province", "X district": the division word after the name. */
export function suffixOf(c: NameCandidate): RegExpExecArray | null {
  if (c.suffix === undefined) c.suffix = SUFFIX.exec(c.after);
  return c.suffix;
}

/** "southwest Erbil": a compass word right before the name. */
export function compassBefore(c: NameCandidate): RegExpExecArray | null {
  if (c.compass === undefined) c.compass = COMPASS_BEFORE.exec(c.before);
  return c.compass;
}

/** What a division word after a name does to its precision ("province" → admin1, "district" → near). */
export const SUFFIX_EFFECT: ReadonlyMap<string, PlacePrecision> = new Map(EFFECTS.map(([w, e]) => [w!.toLowerCase(), e as PlacePrecision]));
