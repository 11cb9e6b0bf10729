import { lexiconUrl, readTsv } from "../../core/data-file.ts";

/**
 * Sentence openings by which a writer says that what follows is another incident ("In a separate
 * incident, a bomb went off..."). Such a sentence's first incident starts anew instead of being
 * taken for the one told before it, even when it has no day or place of its own yet.
 */
const CUES = readTsv(lexiconUrl("separate-incident-cues.tsv")).map(
  ([pattern]) => new RegExp(`^\\s*(?:${pattern!})(?![A-Za-z])\\s*,?`, "i"),
);

/** True when the text from a sentence's start up to its first trigger opens with such words. */
export function opensSeparateIncident(beforeTrigger: string): boolean {
  return CUES.some((re) => re.test(beforeTrigger));
}
