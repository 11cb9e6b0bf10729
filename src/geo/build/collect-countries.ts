/**
 * Country records from the `world-countries` data (names, ISO codes, English demonyms, a centre)
 * plus the hand-kept aliases.
 */

import type { CountryRecord } from "../gazetteer-index.ts";
import { isLatinScriptName } from "../place-key.ts";
import type { CountryAlias } from "./read-country-aliases.ts";

/** The part of a `world-countries` entry that is read here. */
export interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
  latlng?: number[];
  demonyms?: { eng?: { f?: string; m?: string } };
  /** ISO3 codes of the countries sharing a land border. */
  borders?: string[];
}

/**
 * One record per country, names first-listed in order of how commonly they are used (common
 * name, official name, other spellings, aliases). Only Latin-script names are kept: the
 * gazetteer reads English news.
 */
export function collectCountries(countries: readonly WorldCountry[], aliases: readonly CountryAlias[]): CountryRecord[] {
  const records = countries.map((country): CountryRecord => {
    const code = country.cca2.toUpperCase();
    const names = [country.name.common, country.name.official, ...(country.altSpellings ?? [])].filter(
      // altSpellings start with the ISO2 code itself; codes are looked up separately.
      (name) => name.toUpperCase() !== code && isLatinScriptName(name),
    );
    const demonyms = [country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter(
      (demonym): demonym is string => demonym !== undefined && demonym.trim() !== "",
    );
    const [lat, lon] = country.latlng ?? [Number.NaN, Number.NaN];
    return {
      code,
      code3: country.cca3.toUpperCase(),
      name: country.name.common,
      lat: lat ?? Number.NaN,
      lon: lon ?? Number.NaN,
      demonyms: unique(demonyms),
      names: unique(names),
      borders: [],
    };
  });
  // Borders come as ISO3 codes; records speak ISO2.
  const codeOf3 = new Map(countries.map((country) => [country.cca3.toUpperCase(), country.cca2.toUpperCase()]));
  countries.forEach((country, index) => {
    records[index].borders = (country.borders ?? []).flatMap((code3) => codeOf3.get(code3.toUpperCase()) ?? []);
  });

  const byCode = new Map(records.map((record) => [record.code, record]));
  for (const alias of aliases) {
    const record = byCode.get(alias.country);
    if (record === undefined) throw new Error(`country alias "${alias.alias}": no country ${alias.country}`);
    if (alias.kind === "name") record.names = unique([...record.names, alias.alias]);
    else record.demonyms = unique([...record.demonyms, alias.alias]);
  }
  return records;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()))];
}
