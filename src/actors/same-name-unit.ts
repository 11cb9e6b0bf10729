/**
 * Whether two folded name parts (see person-name-units.ts) are one name spelt two ways.
 *
 * English spelling writes Arabic's three vowels a, i, u as a, i, u, o, and "e" for any of them:
 * "Ahmed" (a), "Khaled" (i), "Youssef" (u). An "e" therefore matches any vowel (or a "y", as in
 * "Ismael"/"Ismail"), while a, i and u stay apart: "Hasan" and "Husayn", "Ali" and "Alaa" are
 * different names. Within a word (never at its start, where "Zaid" and "Said" are two names) an s
 * and a z may stand for each other once ("Jasim"/"Jazim").
 */

/** What an "e" may stand for. */
const E_READINGS = new Set(["a", "e", "i", "u", "y"]);

/** True when the two parts are one name spelt two ways. */
export function sameNameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  let sibilantSwaps = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if ((x === "e" && E_READINGS.has(y)) || (y === "e" && E_READINGS.has(x))) continue;
    if (i > 0 && ((x === "s" && y === "z") || (x === "z" && y === "s")) && sibilantSwaps === 0) {
      sibilantSwaps++;
      continue;
    }
    return false;
  }
  return true;
}
