import { lexiconUrl, readTsv } from "../../core/data-file.ts";

/**
 * "About 10 kilometres from the border with Israel": a country named as the other side of a
 * border lies beside the place the sentence is about. It neither gives an unknown village its
 * country nor counts towards the country an article is about.
 */
const CUES: RegExp[] = readTsv(lexiconUrl("neighbour-country-cues.tsv")).map(([pattern]) => new RegExp(pattern!, "i"));

/** How far back the cue words may start. */
const REACH = 40;

/**
 * "Near the Afghan border", "the Syria-Turkey frontier": a country named for its border says only
 * that the place is near it, not on which side (the guards or police of a border are its own).
 */
const BORDER_AFTER =
  /^(?:[-–]\p{L}+)?\s+(?:border|frontier|boundary)\b(?!\s+(?:guards?|police|forces|troops|officials?|agency|authorit))/iu;

/**
 * Whether the country name starting at `start` (ending at `end`, when given) is written as the
 * neighbour across a border, or for its border alone.
 */
export function namedAsNeighbour(text: string, start: number, end?: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  if (CUES.some((re) => re.test(before))) return true;
  return end !== undefined && BORDER_AFTER.test(text.slice(end, end + REACH));
}
