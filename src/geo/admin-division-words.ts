/**
 * Words that name the kind of a first-level division rather than the division itself. GeoNames
 * writes "Kaduna State", "Damascus Governorate", "Tahoua Region"; news writes "Kaduna",
 * "Damascus province", "the Tahoua region". Dropping the word on both sides lets them meet.
 */

import { foldToAscii } from "./place-key.ts";

const TRAILING_DIVISION_WORDS = new Set([
  "area",
  "autonomous",
  "canton",
  "city",
  "county",
  "department",
  "departement",
  "district",
  "division",
  "emirate",
  "governorate",
  "krai",
  "mohafazat",
  "muhafazah",
  "municipality",
  "oblast",
  "parish",
  "prefecture",
  "province",
  "region",
  "state",
  "territory",
  "voivodeship",
  "wilaya",
  "wilayah",
]);

const LEADING_DIVISION_WORDS = new Set(["muhafazat", "mohafazat", "wilayat", "province", "provincia", "region"]);

/** Joining words left dangling once a division word is cut ("Province of X", "X Region of"). */
const DANGLING_WORDS = new Set(["of", "de", "du", "del", "di"]);

/** Whether a word, folded to plain letters, is in the set (a module-level helper: names are stripped for every lookup). */
function isWord(word: string | undefined, set: ReadonlySet<string>): boolean {
  return word !== undefined && set.has(foldToAscii(word).replace(/[^a-z]/g, ""));
}

/**
 * The name without a leading or trailing division word, or null when it has none or would be
 * left empty ("Northern State" keeps its word: "Northern" alone names nothing).
 */
export function stripDivisionWord(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  let kept = words;
  if (isWord(kept[kept.length - 1], TRAILING_DIVISION_WORDS)) kept = kept.slice(0, -1);
  else if (isWord(kept[0], LEADING_DIVISION_WORDS)) kept = kept.slice(1);
  else return null;

  while (kept.length > 0 && isWord(kept[0], DANGLING_WORDS)) kept = kept.slice(1);
  while (kept.length > 0 && isWord(kept[kept.length - 1], DANGLING_WORDS)) kept = kept.slice(0, -1);
  if (kept.length === 0 || kept.every((word) => /^(north|south|east|west|central)/i.test(word))) return null;
  return kept.join(" ");
}

/** The names a division is found under: as written, and without its division word. */
export function divisionNameVariants(name: string): string[] {
  const stripped = stripDivisionWord(name);
  return stripped === null ? [name] : [name, stripped];
}

/**
 * Words that are divisions' names in a few countries ("North" in Cameroon, "Central" in Ghana)
 * but in prose only point somewhere ("North of the city…"): alone, they name no place.
 */
const COMPASS_WORDS = new Set([
  "north",
  "south",
  "east",
  "west",
  "central",
  "centre",
  "center",
  "northern",
  "southern",
  "eastern",
  "western",
  "capital",
]);

/** True when the name is a single compass or position word ("North", "the Centre"). */
export function isBareCompassWord(name: string): boolean {
  return COMPASS_WORDS.has(foldToAscii(name.trim().replace(/^the\s+/i, "")).replace(/[^a-z]/g, ""));
}
