/**
 * Reader for data/place-aliases.tsv: well-known English names that the packaged GeoNames data
 * lacks, each pointing at the place's name in that data.
 */

import { readTsvTable } from "./read-tsv-table.ts";

/** One alias: `alias` is looked up as if it were a name of the place `canonical` in `country`. */
export interface PlaceAlias {
  alias: string;
  canonical: string;
  country: string;
  why: string;
}

/** Parses the file's text; throws on a malformed line, naming it. */
export function readPlaceAliases(text: string, source = "place-aliases.tsv"): PlaceAlias[] {
  return readTsvTable(text, source, ["alias", "canonical", "country", "why"]).map((row) => {
    const country = row.country.toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) throw new Error(`${source}: "${row.country}" is not an ISO 3166-1 alpha-2 code`);
    return { alias: row.alias, canonical: row.canonical, country, why: row.why };
  });
}
