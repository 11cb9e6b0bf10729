/**
 * Which GeoNames alternate names are worth indexing. The column mixes real exonyms and
 * transliterations ("Palmyra" for Tadmur, "Khan Younis") with airport codes ("PMS", "KIK"),
 * postcodes and names in other scripts, which news in English never uses.
 */

import { isLatinScriptName } from "../place-key.ts";

/** The alternate names kept for indexing: Latin-script words, without codes or numbers. */
export function usableAlternateNames(alternateNames: readonly string[]): string[] {
  return alternateNames.filter((name) => {
    const trimmed = name.trim();
    if (trimmed.length < 2 || trimmed.length > 80) return false;
    // IATA/ICAO codes and other all-capital abbreviations.
    if (/^[A-Z0-9]{2,5}$/.test(trimmed)) return false;
    // Postcodes, "Tripoli 1", and the like.
    if (/\d/.test(trimmed)) return false;
    // All-lowercase entries are machine romanisations of other scripts ("hms", "ba er mi la"),
    // not names anyone writes, and their consonant skeletons collide with real names.
    if (trimmed === trimmed.toLowerCase()) return false;
    return isLatinScriptName(trimmed);
  });
}
