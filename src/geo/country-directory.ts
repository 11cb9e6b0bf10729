/**
 * Finds a country from the way news names it: its name ("Syria", "the United States",
 * "DR Congo"), its ISO codes ("SY", "SYR"), or its people ("Syrian", "Nigerien", "Iraqis").
 */

import { BoundedCache } from "./bounded-cache.ts";
import type { CountryRecord } from "./gazetteer-index.ts";
import { foldToAscii } from "./place-key.ts";

/** How a country lookup may match. */
export interface CountryLookupOptions {
  /**
   * Whether upper-case ISO codes count (default true). Text pulled from prose should pass false:
   * "IS" (Islamic State), "AU" (African Union) and an all-caps "ARE" are also country codes.
   */
  codes?: boolean;
}

/** Country lookups over the stored records. */
export interface CountryDirectory {
  /** Index (into the records) of the country the text names, or -1. */
  indexOf(text: string, options?: CountryLookupOptions): number;
  /** Index of the country with this ISO 3166-1 alpha-2 code (any case), or -1. */
  indexOfCode(code: string): number;
}

/**
 * Builds the lookups. Records are expected most populous first: where two countries share a name
 * or a demonym ("Congolese", "Dominican"), the earlier one wins, so the larger country is meant.
 */
export function createCountryDirectory(countries: readonly CountryRecord[]): CountryDirectory {
  const byCode2 = new Map<string, number>();
  const byCode3 = new Map<string, number>();
  const byName = new Map<string, number>();
  const byDemonym = new Map<string, number>();
  const claim = (map: Map<string, number>, text: string, index: number): void => {
    const key = countryKey(text);
    if (key !== "" && !map.has(key)) map.set(key, index);
  };

  countries.forEach((country, index) => {
    byCode2.set(country.code, index);
    byCode3.set(country.code3, index);
  });
  // Common names first across all countries, then the rest: "Congo" is an official or alternate
  // name of both Congos, and a common name ranks above an alternate one.
  countries.forEach((country, index) => claim(byName, country.name, index));
  countries.forEach((country, index) => country.names.forEach((name) => claim(byName, name, index)));
  countries.forEach((country, index) => country.demonyms.forEach((demonym) => claim(byDemonym, demonym, index)));

  const lookUp = (text: string, codes: boolean): number => {
    const trimmed = text.trim();
    // "U.S." is a deliberate abbreviation, never a word, so it counts even without codes.
    if (/^(?:[A-Z]\.){2,3}$/.test(trimmed)) {
      const letters = trimmed.replace(/\./g, "");
      const found = (letters.length === 2 ? byCode2 : byCode3).get(letters);
      if (found !== undefined) return found;
    }
    if (codes) {
      // Codes only in capitals: "in", "as" and "us" are words.
      if (/^[A-Z]{2}$/.test(trimmed) && byCode2.has(trimmed)) return byCode2.get(trimmed) ?? -1;
      if (/^[A-Z]{3}$/.test(trimmed) && byCode3.has(trimmed)) return byCode3.get(trimmed) ?? -1;
    }

    const bare = trimmed.replace(/^the\s+/i, "").replace(/['’]s$/i, "");
    const key = countryKey(bare);
    if (key === "") return -1;
    const found = byName.get(key) ?? byDemonym.get(key);
    if (found !== undefined) return found;
    // Plural demonyms: "Syrians", "Iraqis", "Filipinos".
    if (/s$/i.test(bare)) return byDemonym.get(countryKey(bare.slice(0, -1))) ?? -1;
    return -1;
  };

  // Every capitalised word of every sentence is asked about, mostly the same few hundred words.
  const withCodes = new BoundedCache<string, number>();
  const withoutCodes = new BoundedCache<string, number>();

  return {
    indexOfCode: (code) => byCode2.get(code.trim().toUpperCase()) ?? -1,
    indexOf(text, options) {
      const codes = options?.codes !== false;
      const found = codes ? withCodes : withoutCodes;
      let index = found.get(text);
      if (index === undefined) {
        index = lookUp(text, codes);
        found.set(text, index);
      }
      return index;
    },
  };
}

/**
 * Country names are few and well known, so their key only folds case, diacritics and
 * punctuation ("Côte d'Ivoire" = "Cote dIvoire", "U.S." = "US"). The looser place key would make
 * "Salvador" name El Salvador and "Nigerien" edge towards "Nigerian".
 */
function countryKey(text: string): string {
  return foldToAscii(text.replace(/^the\s+/i, "")).replace(/[^a-z0-9]/g, "");
}
