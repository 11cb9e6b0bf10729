/**
 * Whether a text states that its incident crossed a border (cross-border-cues.tsv): then its
 * reports may be placed in two neighbouring countries and still be one incident.
 */

import { readTsv } from "../core/data-file.ts";

const CUES = new RegExp(
  `\\b(?:${readTsv(new URL("./cross-border-cues.tsv", import.meta.url))
    .map(([cue]) => cue!)
    .join("|")})\\b`,
  "i",
);

/** True when the text states a cross-border incident. */
export function statesCrossBorder(text: string): boolean {
  return CUES.test(text);
}
