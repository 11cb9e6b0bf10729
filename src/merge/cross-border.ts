/**
 * Whether a text states that its incident crossed a border (cross-border-cues.tsv): then its
 * reports may be placed in two neighbouring countries and still be one incident.
 */

import type { ArticleEvent } from "../core/model.ts";
import { readTsv } from "../core/data-file.ts";
import { areNeighbours } from "./country-words.ts";

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

/**
 * True when a report is placed only by a country and its two sides are of that country and a
 * neighbour ("Pakistani jets killed Afghan civilians", placed in Pakistan): an incident between
 * the two may lie on either side of their border, so its country says little.
 */
export function sidesAcrossBorder(event: ArticleEvent): boolean {
  const place = event.location?.value;
  const a = event.actor1?.value.country;
  const b = event.actor2?.value.country;
  if (!place || place.precision !== "country" || !place.country || !a || !b || a === b) return false;
  return (place.country === a || place.country === b) && areNeighbours(a, b);
}
