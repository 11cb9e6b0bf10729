/**
 * A pattern written with the unicode flag (for `\p{L}`, `\p{Lu}` and the like) runs several times
 * slower in V8 than the same pattern without it. Nearly all the text Sitrep reads is Latin letters
 * and punctuation, where a plain pattern can say exactly the same: each `\p{…}` escape and each
 * bracket class holding one becomes the explicit list of the characters it matches among them.
 *
 * A twin is exact on text for which `isLatinText` holds, and only there: text with any other
 * character (Arabic, Cyrillic, astral symbols…) is read by the original pattern.
 */

/**
 * Characters on which both flag settings agree, once the classes are spelt out: white space, Latin
 * letters up to U+024F and general punctuation (quotes, dashes). U+017F (long s) is left out, as
 * the unicode flag folds it to "s" in case-insensitive patterns and counts it a word character
 * there. Control characters below the tab are left out too: rare, they go to the original.
 */
const OUTSIDE_LATIN = /[^\t-\u017E\u0180-\u024F\u2000-\u206F]/;

/** True when a twin reads `text` exactly as its unicode original would. */
export function isLatinText(text: string): boolean {
  return !OUTSIDE_LATIN.test(text);
}

const LATIN_CHARACTERS: string[] = [];
for (let code = 0x09; code <= 0x206f; code++) {
  const ch = String.fromCharCode(code);
  if (!OUTSIDE_LATIN.test(ch)) LATIN_CHARACTERS.push(ch);
}

const hex = (code: number): string => `\\u${code.toString(16).padStart(4, "0")}`;

/** A class (`[…]` or `\p{…}`) as the bracket list of the Latin characters it matches under `flags`. */
function spellOut(cls: string, flags: string): string {
  const re = new RegExp(`^${cls}$`, flags.replace(/[gyd]/g, ""));
  const ranges: Array<[number, number]> = [];
  for (const ch of LATIN_CHARACTERS) {
    if (!re.test(ch)) continue;
    const code = ch.charCodeAt(0);
    const last = ranges[ranges.length - 1];
    if (last && last[1] === code - 1) last[1] = code;
    else ranges.push([code, code]);
  }
  // A class that matches no Latin character at all: a class no character matches.
  if (ranges.length === 0) return "[^\\s\\S]";
  return `[${ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join("")}]`;
}

/**
 * The same pattern without the unicode flag, to run on Latin text only (see `isLatinText`); a
 * pattern without the flag is its own twin. Throws on syntax only the unicode flag allows beyond
 * property escapes (`\u{…}`), so that a pattern using it is noticed at load.
 */
export function latinTwin(re: RegExp): RegExp {
  if (!re.unicode) return re;
  const src = re.source;
  let out = "";
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === "\\") {
      const next = src[i + 1]!;
      if (next === "p" || next === "P") {
        const close = src.indexOf("}", i);
        out += spellOut(src.slice(i, close + 1), re.flags);
        i = close + 1;
        continue;
      }
      if (next === "u" && src[i + 2] === "{") throw new Error(`latinTwin: \\u{…} escapes are not supported in /${src}/`);
      out += ch + next;
      i += 2;
      continue;
    }
    if (ch === "[") {
      let j = i + 1;
      while (src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
      const cls = src.slice(i, j + 1);
      out += /\\[pP]\{/.test(cls) ? spellOut(cls, re.flags) : cls;
      i = j + 1;
      continue;
    }
    out += ch;
    i++;
  }
  return new RegExp(out, re.flags.replace("u", ""));
}

/** A unicode pattern and its Latin twin, each with its own `lastIndex`. */
export interface TwinPattern {
  unicode: RegExp;
  latin: RegExp;
}

export function twin(re: RegExp): TwinPattern {
  return { unicode: re, latin: latinTwin(re) };
}

/** The pattern to run over `text`: the twin when the text is Latin, else the original. */
export function patternFor(pattern: TwinPattern, text: string): RegExp {
  return isLatinText(text) ? pattern.latin : pattern.unicode;
}
