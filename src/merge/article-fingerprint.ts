/**
 * Near-duplicate articles: a wire story syndicated under several mastheads, or lightly rewritten,
 * is one source told several times. Each article gets a MinHash signature over its word 5-grams;
 * signatures are cut into bands so that similar articles share a band and are found without
 * comparing every pair, then the share of equal signature values estimates how much text they share.
 */

/** Values in a signature; more values, finer estimates. */
export const SIGNATURE_SIZE = 64;
/** Signature values per band: with 32 bands of 2, articles sharing half their shingles meet 99.99% of the time. */
const ROWS_PER_BAND = 2;
/** Words per shingle: long enough that two reports of one incident in their own words rarely share many. */
const SHINGLE_WORDS = 5;
/**
 * The estimated share of five-word shingles above which two articles are one text: a wire story
 * and its copy trimmed or re-edited by another outlet share half or more; two outlets' own
 * accounts of one incident share a few percent.
 */
export const NEAR_DUPLICATE_SIMILARITY = 0.5;
/** Too short to tell a copy from a shared phrase. */
const MIN_SHINGLES = 8;

/** An article's MinHash signature, or null when it is too short to judge. */
export function articleSignature(text: string): Uint32Array | null {
  const words = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  if (words.length - SHINGLE_WORDS + 1 < MIN_SHINGLES) return null;
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    const shingle = fnv1a(words.slice(i, i + SHINGLE_WORDS).join(" "));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const h = mix(shingle, SEEDS[k]!);
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

/** The band keys of a signature: articles sharing one are candidates. */
export function signatureBands(signature: Uint32Array): string[] {
  const bands: string[] = [];
  for (let b = 0; b * ROWS_PER_BAND < signature.length; b++) {
    const rows = Array.from(signature.subarray(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND), (v) => v.toString(36));
    bands.push(`${b}:${rows.join(".")}`);
  }
  return bands;
}

/** Estimated share of shingles two articles have in common (0 to 1). */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) equal++;
  return equal / a.length;
}

/** Signatures as stored: hex, 8 characters a value. */
export function encodeSignature(signature: Uint32Array): string {
  return Array.from(signature, (v) => v.toString(16).padStart(8, "0")).join("");
}

export function decodeSignature(hex: string): Uint32Array {
  const out = new Uint32Array(hex.length / 8);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 8, i * 8 + 8), 16);
  return out;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit integer hash of a value under a seed (murmur3's finaliser): one hash function per seed. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds, so signatures stored by one run compare with those of the next. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, k) => mix(0x9e3779b9 + k * 0x7f4a7c15, 0x5bd1e995));
