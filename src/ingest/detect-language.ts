/**
 * The language an article is written in, guessed offline from its letters by franc-min (trigram
 * profiles of the 82 most spoken languages, shipped in the package). Sitrep's lexicons and
 * patterns are English, so an article in another language yields no events: ingest says so
 * rather than storing it in silence.
 */

import { francAll } from "franc-min";

/** ISO 639-3 code of English, as franc writes it. */
export const ENGLISH = "eng";

/** The first characters are enough to tell a language, and bound the work on a long article. */
const SAMPLE = 4000;

/**
 * English counts as the language when it scores this close to the best guess: short English
 * dispatches full of names score a shade below languages they share words with (Tagalog,
 * Malay, Swedish), while a French or Spanish text leaves English far behind (about 0.75 or less).
 */
const ENGLISH_MARGIN = 0.9;

/** The article's language as an ISO 639-3 code ("eng", "fra"), or null when the text is too short or odd to tell. */
export function detectLanguage(text: string): string | null {
  const scores = francAll(text.slice(0, SAMPLE));
  const [best] = scores;
  if (!best || best[0] === "und") return null;
  const english = scores.find(([code]) => code === ENGLISH);
  return english && english[1] >= ENGLISH_MARGIN * best[1] ? ENGLISH : best[0];
}

const NAMES = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** "fra" → "French": the language's English name, or its code when none is known. */
export function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The warning ingest gives for an article not in English, or null for one in English (or of unknown language). */
export function languageWarning(articleName: string, language: string | null | undefined): string | null {
  if (!language || language === ENGLISH) return null;
  return `article ${articleName} looks ${languageName(language)}: Sitrep reads English only`;
}
