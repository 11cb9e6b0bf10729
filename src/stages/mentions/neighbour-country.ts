import { lexiconUrl, readTsv } from "../../core/data-file.ts";

/**
 * "About 10 kilometres from the border with Israel": a country named as the other side of a
 * border lies beside the place the sentence is about. It neither gives an unknown village its
 * country nor counts towards the country an article is about.
 */
const CUES: RegExp[] = readTsv(lexiconUrl("neighbour-country-cues.tsv")).map(([pattern]) => new RegExp(pattern!, "i"));

/** How far back the cue words may start. */
const REACH = 40;

/** Whether the country name starting at `start` is written as the neighbour across a border. */
export function namedAsNeighbour(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  return CUES.some((re) => re.test(before));
}
