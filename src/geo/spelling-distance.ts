/**
 * How far apart two spellings of a place name are, weighted the way transliterations differ:
 * vowels, semivowels and h come and go cheaply ("Zawr"/"Zor", "Suwayda"/"Sweida"), consonants
 * do not. Keeps the loose lookup from matching unrelated towns whose vowels merely collapse alike
 * ("Lima" and "Lomé", "Sevare" and "Savaria").
 */

const VOWELS = new Set(["a", "e", "i", "o", "u"]);
/** Letters whose presence varies between transliterations: vowels, semivowels, h. */
const SOFT = new Set(["a", "e", "i", "o", "u", "w", "y", "h"]);
/** Consonants that stand for one sound across transliteration systems. */
const NEAR_PAIRS = new Set(["qk", "kq", "ck", "kc", "cq", "qc", "wu", "uw", "yi", "iy", "jg", "gj"]);

/** Weighted edit distance between two strict keys (see place-key.ts). */
export function spellingDistance(a: string, b: string): number {
  let previous = new Float64Array(b.length + 1);
  let current = new Float64Array(b.length + 1);
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + gapCost(b[j - 1]);
  for (let i = 1; i <= a.length; i++) {
    current[0] = previous[0] + gapCost(a[i - 1]);
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j - 1] + substitutionCost(a[i - 1], b[j - 1]),
        previous[j] + gapCost(a[i - 1]),
        current[j - 1] + gapCost(b[j - 1]),
      );
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/**
 * True when two strict keys are close enough to be one name spelt two ways. Short names get one
 * vowel change, longer ones two or three: with few letters, a couple of vowel changes already
 * turn one real town's name into another's ("Oicha" and "Ichu", "Lima" and "Lome").
 */
export function isCloseSpelling(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  const allowed = length <= 5 ? 0.5 : length <= 9 ? 1 : 1.5;
  return spellingDistance(a, b) <= allowed;
}

function substitutionCost(x: string, y: string): number {
  if (x === y) return 0;
  if (VOWELS.has(x) && VOWELS.has(y)) return 0.5;
  return NEAR_PAIRS.has(x + y) ? 0.5 : 1;
}

function gapCost(letter: string): number {
  return SOFT.has(letter) ? 0.5 : 1;
}
