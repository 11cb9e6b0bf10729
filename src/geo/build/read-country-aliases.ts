/**
 * Reader for data/country-aliases.tsv: names and adjectives of countries that news uses but the
 * packaged country data lacks ("Turkey", "Britain").
 */

import { readTsvTable } from "./read-tsv-table.ts";

/** One alias; `kind` says whether it names the country or is its demonym/adjective. */
export interface CountryAlias {
  alias: string;
  country: string;
  kind: "name" | "demonym";
  why: string;
}

/** Parses the file's text; throws on a malformed line, naming it. */
export function readCountryAliases(text: string, source = "country-aliases.tsv"): CountryAlias[] {
  return readTsvTable(text, source, ["alias", "country", "kind", "why"]).map((row) => {
    const country = row.country.toUpperCase();
    if (!/^[A-Z]{2}$/.test(country)) throw new Error(`${source}: "${row.country}" is not an ISO 3166-1 alpha-2 code`);
    if (row.kind !== "name" && row.kind !== "demonym") {
      throw new Error(`${source}: kind must be "name" or "demonym", not "${row.kind}"`);
    }
    return { alias: row.alias, country, kind: row.kind, why: row.why };
  });
}
