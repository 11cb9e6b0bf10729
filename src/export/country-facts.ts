/**
 * What the standard exports say of a country beyond its two-letter code: its ISO 3166-1 alpha-3
 * and numeric codes, its English name, and the region ACLED files it under. Read from the
 * world-countries package the gazetteer is built from, once, when an export first asks.
 */

import { createRequire } from "node:module";

export interface CountryFacts {
  iso2: string;
  iso3: string;
  /** ISO 3166-1 numeric, as ACLED's `iso` column holds it. */
  numeric: number | null;
  name: string;
  /** ACLED's region (e.g. "Western Africa", "Middle East"). */
  region: string;
}

interface WorldCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  name: { common: string };
  region: string;
  subregion: string;
}

/**
 * ACLED's regions follow the UN subregions for Africa and the Americas, but group Western Asia
 * (and Iran) as the Middle East, the Caucasus with Central Asia, and Europe as one.
 */
const BY_SUBREGION: Record<string, string> = {
  "Western Africa": "Western Africa",
  "Middle Africa": "Middle Africa",
  "Eastern Africa": "Eastern Africa",
  "Southern Africa": "Southern Africa",
  "Northern Africa": "Northern Africa",
  "Western Asia": "Middle East",
  "Southern Asia": "South Asia",
  "South-Eastern Asia": "Southeast Asia",
  "Eastern Asia": "East Asia",
  "Central Asia": "Caucasus and Central Asia",
  "North America": "North America",
  "Central America": "Central America",
  Caribbean: "Caribbean",
  "South America": "South America",
};
const BY_COUNTRY: Record<string, string> = {
  IR: "Middle East",
  AM: "Caucasus and Central Asia",
  AZ: "Caucasus and Central Asia",
  GE: "Caucasus and Central Asia",
};

function acledRegion(c: WorldCountry): string {
  return (
    BY_COUNTRY[c.cca2] ?? BY_SUBREGION[c.subregion] ?? (c.region === "Europe" ? "Europe" : c.region === "Oceania" ? "Oceania" : c.region)
  );
}

let facts: Map<string, CountryFacts> | undefined;

export function countryFacts(iso2: string | null): CountryFacts | null {
  if (!iso2) return null;
  if (!facts) {
    const countries = createRequire(import.meta.url)("world-countries/countries.json") as WorldCountry[];
    facts = new Map(
      countries.map((c) => [
        c.cca2,
        { iso2: c.cca2, iso3: c.cca3, numeric: c.ccn3 ? Number(c.ccn3) : null, name: c.name.common, region: acledRegion(c) },
      ]),
    );
  }
  return facts.get(iso2.toUpperCase()) ?? null;
}
