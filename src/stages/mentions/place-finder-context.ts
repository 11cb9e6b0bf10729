/**
 * The divisions written beside a place name: "X (Afmadow, Lower Juba)", "X, Dnipropetrovsk",
 * "X village, Khanaqin district, Diyala province", "X area of Y district, Z", "Manipur's X",
 * "X town in Idleb countryside". They tell which country and province X is in.
 */

import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { ContextItem } from "../../geo/division-context.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const ACRONYM = /^[\p{Lu}\d-]+$/u;
const ACRONYM_OR_CODE = /^[\p{Lu}\d/-]+$/u;

/** The context read around one name. */
export interface WrittenContext {
  /** What the words right after the name say it is ("X district": a district). */
  ownLevel: ContextItem["level"];
  /** Where the name and its kind word end ("Paktika province"). */
  ownEnd: number;
  /** The name without a kind word written as part of it ("Namtu" of "Namtu Township"), if it had one. */
  ownName: string | null;
  items: ContextItem[];
  /** Where the context written after the name ends (the name's own end when there is none). */
  end: number;
  /** Whether divisions were written in brackets right after the name (or its kind word): "X (Tyr, South)". */
  bracketed: boolean;
}

const KIND_WORDS = readTsv(lexiconUrl("division-kind-words.tsv"));
const LEVEL_OF_KIND = new Map(KIND_WORDS.map(([word, level]) => [word!.toLowerCase(), level as "district" | "admin1"]));
const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Division words and the words for a settlement or an area around one, which say nothing of level. */
const KIND_WORD_LIST = [
  ...LEVEL_OF_KIND.keys(),
  ...["village", "town", "city", "area", "neighborhood", "neighbourhood", "camp", "locality", "countryside", "axis", "outskirts"],
];
/** Each kind word as written in prose or in a name ("district", "District", "LGA"): names stay case-sensitive. */
const caseVariants = (word: string): string[] => [
  word,
  word.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase()),
  word.toUpperCase(),
];
const KIND = `(?:${[...new Set(KIND_WORD_LIST.flatMap(caseVariants))]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|")})`;
/** A capitalised name: "Lower Juba", "Mocimboa da Praia", "Al Nabatieh", "Be'er Sheva". */
const NAME = String.raw`\p{Lu}[\p{L}'’.]*(?:(?:-(?:e|ye)[\s-]|\s-\s|\s|-)(?:(?:al|el|ad|ar|as|ash|ez|es|da|de|do|du|del|bin)(?:\s|-))?[\p{Lu}\d][\p{L}'’.\d]*)*`;
const OWN_KIND = new RegExp(String.raw`^\s+(${KIND})\b`, "u");
/** A village's number after its name, before the divisions written after it ("X 2, Y"). */
const NUMBERED = /^\s+(?:\d{1,2}|[IVX]{1,4})(?=\s*,)/u;
const BRACKETS = /^\s*\(([^()]{1,120})\)/u;
const ITEM = new RegExp(String.raw`^(?:the\s+)?(${NAME})(?:\s+(${KIND}))?$`, "u");
/** "in northern Shan State": a compass word before a division still names it. */
const COMPASS = String.raw`(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?`;
const COMMA_ITEM = new RegExp(String.raw`^,\s*(?:(?:in|near)\s+)?(?:the\s+)?${COMPASS}(${NAME})(?:\s+(${KIND})\b)?`, "u");
const OF_ITEM = new RegExp(String.raw`^\s+of\s+(?:the\s+)?${COMPASS}(${NAME})(?:\s+(${KIND})\b)?`, "u");
const IN_ITEM = new RegExp(String.raw`^\s+in\s+(?:the\s+)?(?:countryside\s+of\s+|rural\s+)?${COMPASS}(${NAME})(?:\s+(${KIND})\b)?`, "u");
/** "Manipur's X": the division before the name, as a possessive. */
const POSSESSIVE_BEFORE = new RegExp(String.raw`(${NAME})['’]s\s+$`, "u");
/** What every possessive before a name ends with, checked first. */
const POSSESSIVE_END = /['’]s\s+$/u;
/** A list goes on after the items ("Aleppo, Idlib and Hama"): they are places of their own, not context. */
const LIST_GOES_ON = new RegExp(String.raw`^,?\s+(?:and|or)\s+\p{Lu}`, "u");

const TRAILING_KIND = new RegExp(String.raw`\s+(${KIND})$`, "u");

const MAX_ITEMS = 4;

const FACILITY_WORDS = new Set(readTsv(lexiconUrl("facility-words.tsv")).map(([word]) => word!.toLowerCase()));

/** "Government Secondary School", "St Francis Church": a building or body, which a place may follow, not a place. */
export function isFacilityName(name: string): boolean {
  return FACILITY_WORDS.has(name.slice(name.lastIndexOf(" ") + 1).toLowerCase());
}

/** Words that make a context item a settlement ("Dhaka city"): the town, not the province named like it. */
const TOWN_WORDS = new Set(["city", "town", "village"]);

/** The level a kind word gives: a division's, a town's, or null for an area word ("countryside"). */
function levelOf(kind: string | undefined): ContextItem["level"] {
  if (kind === undefined) return null;
  const word = kind.toLowerCase();
  return LEVEL_OF_KIND.get(word) ?? (TOWN_WORDS.has(word) ? "town" : null);
}

/** "Mogadishu - Yaqshid": a city and its district, each a division of its own. */
function itemsOf(name: string, kind: string | undefined): ContextItem[] {
  const parts = name.split(/\s+-\s+/);
  return parts.map((part, i) => itemOf(part, i === parts.length - 1 ? kind : undefined)).reverse();
}

function itemOf(written: string, kind: string | undefined): ContextItem {
  // The sentence's full stop is not part of the name ("… of Kogi State.").
  const name = written.replace(/\.$/, "");
  // Capitalised kind words belong to the name ("Rakhine State"): the level still counts.
  const trailing = TRAILING_KIND.exec(name);
  if (kind === undefined && trailing) return { name: name.slice(0, trailing.index), level: levelOf(trailing[1]) };
  return { name, level: levelOf(kind) };
}

/**
 * Reads the context of the name at `start`–`end` in `text`, not past `limit` (the sentence's end).
 */
export function readWrittenContext(text: string, start: number, end: number, limit: number): WrittenContext {
  const items: ContextItem[] = [];
  // What follows the words read so far is `text.slice(at, limit)`, written out where needed (not a
  // closure, which would be built again for every name).
  let at = end;
  let ownLevel: ContextItem["level"] = null;
  let ownName: string | null = null;
  const own = OWN_KIND.exec(text.slice(at, limit));
  if (own) {
    ownLevel = levelOf(own[1]);
    at += own[0].length;
  } else {
    // "Cagsiay 3, Mauban": a numbered village of one name; its divisions follow the number.
    const numbered = NUMBERED.exec(text.slice(at, limit));
    if (numbered) at += numbered[0].length;
  }
  const ownEnd = at;
  // "Namtu Township", "Bama LGA": the kind word written as part of the name.
  const inName = own === null ? TRAILING_KIND.exec(text.slice(start, end)) : null;
  if (inName && levelOf(inName[1]) !== null) {
    ownLevel = levelOf(inName[1]);
    ownName = text.slice(start, end - inName[0].length);
  }
  let commaItems = 0;
  let bracketed = false;
  let afterKind = own !== null;
  for (let step = 0; items.length < MAX_ITEMS && step < MAX_ITEMS; step++) {
    const tail = text.slice(at, limit);
    const bracket = BRACKETS.exec(tail);
    if (bracket) {
      const inside = bracket[1]!.split(",").map((part) => ITEM.exec(part.trim()));
      // Brackets holding anything but division names (a remark, or an acronym: "Liberation Army
      // (BLA)" spells out its own name) are not context.
      if (inside.some((m) => m === null || ACRONYM.test(m[1]!))) break;
      for (const m of inside) items.push(...itemsOf(m![1]!, m![2]));
      if (step === 0) bracketed = true;
      at += bracket[0].length;
      afterKind = false;
      // "Chawkay (Suki) district, Kunar": the kind word of the name, after its brackets.
      const kind = OWN_KIND.exec(text.slice(at, limit));
      if (kind && step === 0) {
        ownLevel ??= levelOf(kind[1]);
        at += kind[0].length;
      }
      continue;
    }
    // "the Qala area of Qarabagh district", "Chikun LGA of Kaduna State": "of" joins only after a kind word.
    const of = OF_ITEM.exec(tail);
    // "Howz-e Madad of Zhari district": "of" a name with a division word joins too.
    const ofDivision = of !== null && (afterKind || (step === 0 && levelOf(of[2] ?? TRAILING_KIND.exec(of[1]!)?.[1]) === "district"));
    const m = COMMA_ITEM.exec(tail) ?? (ofDivision ? of : null) ?? IN_ITEM.exec(tail);
    // "…, SSPP soldiers": an acronym after a comma is a group, not a division.
    if (!m || ACRONYM_OR_CODE.test(m[1]!)) break;
    if (m[0].startsWith(",")) commaItems++;
    const read = itemsOf(m[1]!, m[2]);
    afterKind = m[2] !== undefined || read.at(-1)!.name !== m[1];
    items.push(...read);
    at += m[0].length;
  }
  if (commaItems > 0 && LIST_GOES_ON.test(text.slice(at, limit))) return { ownLevel, ownName, ownEnd, items: [], end, bracketed: false };
  // The possessive pattern is tried at every place in the words before; only worth it when they end in "'s ".
  const lead = text.slice(Math.max(0, start - 40), start);
  const before = POSSESSIVE_END.test(lead) ? POSSESSIVE_BEFORE.exec(lead) : null;
  if (before) items.push({ name: before[1]!, level: null });
  return { ownLevel, ownName, ownEnd, items, end: items.length > 0 ? at : end, bracketed };
}
