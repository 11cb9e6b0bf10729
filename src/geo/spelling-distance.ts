/**
 * How far apart two spellings of a place name are, weighted the way transliterations differ:
 * vowels, semivowels and h come and go cheaply ("Zawr"/"Zor", "Suwayda"/"Sweida"), consonants
 * do not. Keeps the loose lookup from matching unrelated towns whose vowels merely collapse alike
 * ("Lima" and "Lomé", "Sevare" and "Savaria").
 *
 * Costs are counted in half steps internally, so the arithmetic stays in small integers.
 */

const VOWELS = "aeiou";
/** Letters whose presence varies between transliterations: vowels, semivowels, h. */
const SOFT = "aeiouwyh";
/** Consonants that stand for one sound across transliteration systems. */
const NEAR_PAIRS = ["qk", "kq", "ck", "kc", "cq", "qc", "wu", "uw", "yi", "iy", "jg", "gj"];

/** Characters with their own costs; every other character costs a full step either way. */
const TABLE_SIZE = 128;

/** Half steps to drop or insert each character. */
const GAP_HALF_STEPS = new Uint8Array(TABLE_SIZE).fill(2);
for (const letter of SOFT) GAP_HALF_STEPS[letter.charCodeAt(0)] = 1;

/** Half steps to write the first character for the second, at `x * TABLE_SIZE + y`. */
const SUBSTITUTION_HALF_STEPS = new Uint8Array(TABLE_SIZE * TABLE_SIZE).fill(2);
for (let code = 0; code < TABLE_SIZE; code++) SUBSTITUTION_HALF_STEPS[code * TABLE_SIZE + code] = 0;
for (const x of VOWELS) {
  for (const y of VOWELS) if (x !== y) SUBSTITUTION_HALF_STEPS[x.charCodeAt(0) * TABLE_SIZE + y.charCodeAt(0)] = 1;
}
for (const pair of NEAR_PAIRS) SUBSTITUTION_HALF_STEPS[pair.charCodeAt(0) * TABLE_SIZE + pair.charCodeAt(1)] = 1;

/** Weighted edit distance between two strict keys (see place-key.ts). */
export function spellingDistance(a: string, b: string): number {
  return halfStepDistance(a, b, Infinity) / 2;
}

/**
 * True when two strict keys are close enough to be one name spelt two ways. Short names get one
 * vowel change, longer ones two or three: with few letters, a couple of vowel changes already
 * turn one real town's name into another's ("Oicha" and "Ichu", "Lima" and "Lome").
 */
export function isCloseSpelling(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  const allowedHalfSteps = length <= 5 ? 1 : length <= 9 ? 2 : 3;
  // Every letter one key has beyond the other's length costs at least half a step.
  if (Math.abs(a.length - b.length) > allowedHalfSteps) return false;
  return halfStepDistance(a, b, allowedHalfSteps) <= allowedHalfSteps;
}

/** Rows of the distance table, kept between calls and grown when a longer key comes. */
let rowA = new Int32Array(32);
let rowB = new Int32Array(32);

/**
 * The distance in half steps; once every entry of a row exceeds `limit`, some value above
 * `limit` (every alignment passes through each row, and costs never fall along one).
 */
function halfStepDistance(a: string, b: string, limit: number): number {
  const width = b.length + 1;
  if (rowA.length < width) {
    rowA = new Int32Array(width * 2);
    rowB = new Int32Array(width * 2);
  }
  let previous = rowA;
  let current = rowB;
  previous[0] = 0;
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + gapHalfSteps(b.charCodeAt(j - 1));
  for (let i = 1; i <= a.length; i++) {
    const x = a.charCodeAt(i - 1);
    const gapX = gapHalfSteps(x);
    let rowMinimum = (current[0] = previous[0] + gapX);
    for (let j = 1; j <= b.length; j++) {
      const y = b.charCodeAt(j - 1);
      const value = Math.min(previous[j - 1] + substitutionHalfSteps(x, y), previous[j] + gapX, current[j - 1] + gapHalfSteps(y));
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return rowMinimum;
    const done = previous;
    previous = current;
    current = done;
  }
  return previous[b.length];
}

function substitutionHalfSteps(x: number, y: number): number {
  if (x === y) return 0;
  return x < TABLE_SIZE && y < TABLE_SIZE ? SUBSTITUTION_HALF_STEPS[x * TABLE_SIZE + y] : 2;
}

function gapHalfSteps(code: number): number {
  return code < TABLE_SIZE ? GAP_HALF_STEPS[code] : 2;
}
