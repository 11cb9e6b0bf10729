/**
 * The parts of a person's name as English news writes Arabic, Persian and African names, folded so
 * that the spellings one name takes across outlets meet: "Wissam Hassan al-Tawil" and "Wisam Hasan
 * Tawil" give the same parts. Comparing parts that still differ by an ambiguous vowel is left to
 * `sameNameUnit`, because no single spelling can stand for them all (see there).
 */

import { ARTICLE_WORDS, foldToAscii } from "../geo/place-key.ts";

/** What separates the parts of a name once folded: spaces, hyphens and dashes, dots of initials. */
const SEPARATORS = /[\s\-‐‑‒–—_.,]+/;

/**
 * The Arabic article and its assimilated forms ("al-", "el-", "ad-Din", "as-Sayed"): news keeps or
 * drops it at will ("Wissam al-Tawil", "Wissam Tawil"), so it is no part of a name's key. The same
 * words place names drop.
 */
const ARTICLES = ARTICLE_WORDS;

/**
 * Particles that make one name of the word after them ("bin Laden", "Abu Bakr"): kept, folded to
 * one spelling, and bound to that word, so that "Abu Ali Tawil" and "Abu Omar Tawil" stay apart.
 * "ben" is a first name too ("Ben Ali"), so it only counts after the first word.
 */
const SON_OF = new Set(["bin", "ibn", "bn", "bint", "ould"]);
const FATHER_OF = new Set(["abu", "abou", "abo"]);

/** "Abdul", "Abdel", "Abd", "Abdur", "Abdus": "servant of", bound to the next word ("Abdul Rahman"). */
const ABD_WORD = /^abd(?:[aeiou]{1,2}(?:l|r|s|t|d|z|n|sh))?$/;

/**
 * The article that "Abd" takes in joined spellings, dropped so that every spelling keeps "abd"
 * plus the bare name: "Abdulrahman", "Abdelaziz", "Abdullah" (the l of "Allah" doubled),
 * "Abdurrahman" (assimilated before a doubled letter), "Abdirahman" (a bare linking vowel).
 */
const JOINED_ABD_ARTICLE = /^(?:[aeiou]{1,2}l(?=l|[a-z]{3})|[aeiou]{1,2}(?=([a-z])\1)|[aeiou](?=[^aeiou]))/;

/** "Abd Allah": the article inside "Allah" is the one the joined spellings drop. */
const SEPARATE_ABD_ARTICLE = /^[aeiou]l(?=l)/;

/**
 * One word's spelling folded: French and English transliterations of the same sounds ("dj"/"j",
 * "ch"/"sh", "q"/"k", "dh"/"d", "ph"/"f"), "ou"/"oo"/"o" for u (Youssef, Omar), "ee" for i,
 * the diphthongs "ei", "ey", "ai" as "ay" (Hussein, Husayn, Hussain), a final "-ah" (Hamzah) and
 * doubled letters (Hassan, Mohammed). Vowels otherwise stay: "Hasan" and "Husayn" are two names.
 */
export function foldNameWord(word: string): string {
  let w = word
    .replace(/dj/g, "j")
    .replace(/ch/g, "sh")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/q/g, "k")
    .replace(/dh/g, "d")
    .replace(/ou|oo/g, "u")
    .replace(/o/g, "u")
    .replace(/ee/g, "i")
    .replace(/ei|ey|ai/g, "ay");
  // A final y after a consonant is an i ("Aly", "Mahdy").
  w = w.replace(/([^aeiuy])y$/, "$1i");
  if (w.length > 2) w = w.replace(/ah$/, "a");
  return w.replace(/(.)\1+/g, "$1");
}

/** The bare name a particle binds, its spelling folded. */
function boundStem(word: string, article: RegExp | null = null): string {
  return foldNameWord(article ? word.replace(article, "") : word);
}

/**
 * The folded parts of a name: articles dropped (unless nothing else is left), "bin"/"abu"/"abd"
 * joined to the word they bind, every word's spelling folded. A trailing bracket ("(Hamas
 * affiliate)") is no part of the name.
 */
export function personNameUnits(name: string): string[] {
  const bare = name.replace(/\s*\([^()]*\)\s*$/, "");
  const words = foldToAscii(bare)
    .split(SEPARATORS)
    .filter((word) => word.length > 0);
  const units: string[] = [];
  const nextName = (from: number): number => {
    let i = from;
    while (i < words.length - 1 && ARTICLES.has(words[i]!)) i++;
    return i;
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const hasNext = i < words.length - 1;
    if (ARTICLES.has(word) && hasNext) continue;
    if (hasNext && (SON_OF.has(word) || (word === "ben" && i > 0))) {
      i = nextName(i + 1);
      units.push("bin" + boundStem(words[i]!));
    } else if (hasNext && FATHER_OF.has(word)) {
      i = nextName(i + 1);
      units.push("abu" + boundStem(words[i]!));
    } else if (hasNext && ABD_WORD.test(word)) {
      i = nextName(i + 1);
      units.push("abd" + boundStem(words[i]!, SEPARATE_ABD_ARTICLE));
    } else if (word.startsWith("abd") && word.length > 5) {
      units.push("abd" + boundStem(word.slice(3), JOINED_ABD_ARTICLE));
    } else {
      units.push(foldNameWord(word));
    }
  }
  return units;
}
