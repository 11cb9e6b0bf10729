/**
 * "the Zamfara State Road Traffic Agency", "Borno State Government", "Mandera County Assembly":
 * a body named after the first-level division it serves. The name is no place, but the division
 * at its start is where that body works, and a coarser true place than none.
 */

import { loadGazetteer, type GazetteerPlace } from "../../geo/gazetteer.ts";

/** The division's name and its kind word at the start of a longer capitalised name. */
const LEADING_DIVISION = /^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}\s(?:State|Province|Region|Governorate|County))\s\p{Lu}/u;

/** The division a body's name starts with, and the words naming it; null for any other name. */
export function divisionLeadingBody(name: string): { division: GazetteerPlace; words: string } | null {
  const m = LEADING_DIVISION.exec(name);
  if (!m) return null;
  const words = m[1]!;
  const division = loadGazetteer()
    .findPlaces(words, undefined, { loose: false })
    .find((place) => place.kind === "admin1");
  return division ? { division, words } : null;
}
