import { lexiconUrl, readTsv } from "../../core/data-file.ts";

const VERBS = readTsv(lexiconUrl("place-as-speaker-verbs.tsv"))
  .map(([pattern]) => pattern!)
  .join("|");
/** The verb of saying right after the name ("Kabul said", "Islamabad has maintained"). */
const SPEAKS_AFTER = new RegExp(`^\\s*(?:has |had |have |also |later |again )?(?:${VERBS})\\b`, "i");
/** "Kabul's Taliban authorities", "Moscow's government": the place stands for who rules there. */
const RULERS_AFTER = /^['’]s\s+(?:[\w-]+\s+){0,2}(?:authorities|government|regime|rulers|leadership|administration)\b/;
/** A preposition before it makes it a place again ("police in Kabul said"). */
const PLACED_BEFORE = /\b(?:in|at|near|from|of|outside|inside|into|across|around|to)\s+(?:the\s+)?$/i;

/**
 * True when a place name is the subject of a verb of saying: "which Kabul said killed several
 * civilians", "Islamabad maintained that only five were killed"; or names those who rule there
 * ("accusing Kabul's Taliban authorities"). The capital stands for the government there; the
 * incident did not happen in it.
 */
export function placeSpeaks(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 50);
  return (SPEAKS_AFTER.test(after) || RULERS_AFTER.test(after)) && !PLACED_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
