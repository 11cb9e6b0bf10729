/**
 * Reader for data/district-kind-words.tsv: the words GeoNames writes around district names
 * ("Caza de", "Raion") that news leaves out.
 */

import { readTsvTable } from "./read-tsv-table.ts";

/** Kind words by where they stand in a district's name, folded to lower-case ASCII letters. */
export interface DistrictKindWords {
  leading: string[];
  trailing: string[];
}

/** Parses the file's text; throws on a malformed line, naming it. */
export function readDistrictKindWords(text: string, source = "district-kind-words.tsv"): DistrictKindWords {
  const words: DistrictKindWords = { leading: [], trailing: [] };
  for (const row of readTsvTable(text, source, ["word", "position", "why"])) {
    if (row.position !== "leading" && row.position !== "trailing")
      throw new Error(`${source}: position "${row.position}" is not leading or trailing`);
    words[row.position].push(row.word);
  }
  return words;
}
