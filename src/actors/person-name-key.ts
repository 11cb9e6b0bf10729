/**
 * Telling whether two names in the news are one person's. Sources spell a name differently
 * ("Mohammed"/"Muhammad", "al-Jasim"/"Al Jasim") and shorten it differently (a middle name or the
 * article dropped), but a different first name or family name is a different person, however
 * close the spelling: "Ahmed Hassan" and "Ahmed Hussein" are two men.
 */

import { personNameUnits } from "./person-name-units.ts";
import { sameNameUnit } from "./same-name-unit.ts";

/**
 * Strict key of a person's name: its folded parts (case, diacritics, articles, particles and the
 * usual spelling variants settled) joined by spaces. Equal keys are the same name; some spellings
 * of one name still differ in the key ("Ahmed"/"Ahmad": an "e" may stand for any vowel), which
 * `samePerson` accepts.
 */
export function personNameKey(name: string): string {
  return personNameUnits(name).join(" ");
}

/** A middle part matches an initial of it ("F." for "Fadi"), or its spelling. */
function sameMiddleUnit(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return sameNameUnit(a, b);
}

/**
 * True when two names can be one person's: first and family names agree (up to spelling), and the
 * middle names of the shorter are, in order, among those of the longer ("Wissam Tawil", "Wissam
 * Hassan al-Tawil"). A one-part name only matches the same one-part name.
 */
export function samePerson(a: string, b: string): boolean {
  const unitsA = personNameUnits(a);
  const unitsB = personNameUnits(b);
  if (unitsA.length === 0 || unitsB.length === 0) return false;
  const [shorter, longer] = unitsA.length <= unitsB.length ? [unitsA, unitsB] : [unitsB, unitsA];
  if (shorter.length === 1) return longer.length === 1 && sameNameUnit(shorter[0]!, longer[0]!);
  if (!sameNameUnit(shorter[0]!, longer[0]!)) return false;
  if (!sameNameUnit(shorter.at(-1)!, longer.at(-1)!)) return false;
  // Earliest match for each middle part: if the shorter's middles fit among the longer's at all, they fit this way.
  let next = 1;
  for (const middle of shorter.slice(1, -1)) {
    while (next < longer.length - 1 && !sameMiddleUnit(middle, longer[next]!)) next++;
    if (next >= longer.length - 1) return false;
    next++;
  }
  return true;
}
