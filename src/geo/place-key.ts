/**
 * Lookup keys for place names. The same functions run when the index is built and when a name is
 * looked up, so two spellings meet exactly when their keys are equal.
 *
 * Two strengths:
 * - `placeKey` folds what news spelling varies on without changing the name: case, diacritics,
 *   spaces and hyphens, Arabic article particles, doubled letters and a few vowel spellings.
 * - `loosePlaceKey` also reduces every vowel run to one letter. It only gathers candidates when
 *   the strict key finds nothing, and `spellingDistance` then decides which are really the same
 *   name, because on its own it makes unrelated towns meet ("Lima" and "Lomé").
 */

import { BoundedCache } from "./bounded-cache.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const COMBINING_MARKS = /\p{M}/gu;

/** Letters that NFKD leaves alone but that have a plain ASCII reading. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  ø: "o",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŀ: "l",
};

const FOLDABLE_LETTERS = /[ßæøœłđðþıħŀ]/g;

/** Apostrophes, ayn and hamza marks: written or dropped at will ("Sana'a", "Sanaa", "Dar‘ā"). */
const GLOTTAL_MARKS = /[''‘’`´ʻʼʽʾʿˈ]/g;

/** The glottal marks among ASCII characters. */
const ASCII_GLOTTAL_MARKS = /['`]/g;

/** Printable ASCII and whitespace (anything else takes the general path). */
const PLAIN_ASCII = /^[\t\n\r -~]*$/;

/**
 * Arabic article particles as news writes them, standing as their own word once hyphens are
 * spaces ("Deir ez-Zor", "Dayr az Zawr", "Es Suweida"). Dropped only when other words remain, so a
 * place called "As" keeps its name.
 */
export const ARTICLE_WORDS: ReadonlySet<string> = new Set([
  "al",
  "el",
  "il",
  "ul",
  "ad",
  "ed",
  "ar",
  "er",
  "as",
  "es",
  "az",
  "ez",
  "at",
  "et",
  "an",
  "en",
  "ash",
  "esh",
  "ath",
  "adh",
]);

/**
 * "Northern Darfur" is "North Darfur" in most reports; French names ("Nord-Kivu", "Sud-Ouest")
 * are written beside their English ones ("North Kivu") in reports on the same places.
 */
const DIRECTION_WORDS: Readonly<Record<string, string>> = {
  northern: "north",
  southern: "south",
  eastern: "east",
  western: "west",
  nord: "north",
  sud: "south",
  ouest: "west",
};

/**
 * Lowercase ASCII with diacritics and glottal marks removed; other characters are kept, so a
 * caller can tell a Latin-script name (all ASCII afterwards) from one in another script.
 */
export function foldToAscii(text: string): string {
  // ASCII text has nothing for NFKD, mark removal or the letter folds to change.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(ASCII_GLOTTAL_MARKS, "");
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(FOLDABLE_LETTERS, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(GLOTTAL_MARKS, "");
}

/** The words of a name after folding, with article particles and direction adjectives settled. */
export function placeWords(name: string): string[] {
  const words = foldToAscii(name)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0)
    .map((word) => DIRECTION_WORDS[word] ?? word);
  const withoutArticles = words.filter((word) => !ARTICLE_WORDS.has(word));
  return withoutArticles.length > 0 ? withoutArticles : words;
}

/** Names recur sentence after sentence; their keys are worth keeping. */
const placeKeys = new BoundedCache<string, string>();

/**
 * Strict lookup key: "Deir ez-Zor", "Deir Ez Zor" and "DEIR EZ-ZOR" share one; so do "Khan Younis"
 * and "Khan Yunis", "Raqqa" and "Ar Raqqah". Empty when the name holds no Latin letters or digits.
 */
export function placeKey(name: string): string {
  return placeKeys.getOrCompute(name, computePlaceKey);
}

function computePlaceKey(name: string): string {
  return (
    placeWords(name)
      // A final -ah/-eh is the Arabic feminine ending, written or dropped at will (Raqqa/Raqqah).
      .map((word) => (word.length > 3 ? word.replace(/([aeiou])h$/, "$1") : word))
      .join("")
      .replace(/dj/g, "j")
      .replace(/ou|oo/g, "u")
      .replace(/ee/g, "i")
      .replace(/ai|ei|ey/g, "ay")
      .replace(/(.)\1+/g, "$1")
  );
}

/**
 * Loose lookup key, derived from the strict one: q and hard c as k, a glide between vowels or a
 * semivowel after a vowel dropped, and every vowel run reduced to "a", so "Deir el-Zour",
 * "Dayr az Zawr" and "Deir ez-Zor" meet, and so do "Nabatiyeh" and "Nabatieh".
 */
export function loosePlaceKey(name: string): string {
  return looseKeyOfStrictKey(placeKey(name));
}

/** The loose key of an already computed strict key (saves folding twice when building). */
export function looseKeyOfStrictKey(strictKey: string): string {
  return strictKey
    .replace(/q/g, "k")
    .replace(/c(?![eiy])/g, "k")
    .replace(/ph/g, "f")
    .replace(/(i)y(?=[aeiou])|(u)w(?=[aeiou])/g, "$1$2")
    .replace(/([aeiou])[wy](?![aeiou])/g, "$1")
    .replace(/[aeiou]+/g, "a")
    .replace(/(.)\1+/g, "$1");
}

/** True when a name is written in Latin script (possibly with diacritics), so it can be keyed. */
export function isLatinScriptName(name: string): boolean {
  const folded = foldToAscii(name);
  // Printable ASCII only once folded: any other letter belongs to another script.
  return !/[^ -~]/.test(folded) && /[a-z]/.test(folded);
}
