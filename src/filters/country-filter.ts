/**
 * The country a user names in a filter (`--country`): its ISO 3166-1 alpha-2 or alpha-3 code in
 * any case ("SY", "syr"), or its name in English, official or common, with or without accents
 * ("Syria", "Syrian Arab Republic", "Türkiye", "Turkey", "DR Congo", "Democratic Republic of
 * Congo"). Names come from the world-countries data the gazetteer is built from, the names news
 * uses that it lacks (data/country-aliases.tsv) and the names coders use (actor-country-names.tsv).
 */

import { createRequire } from "node:module";
import { lexiconUrl, readTsv } from "../core/data-file.ts";

interface CountryRecord {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings?: string[];
}

/** "Côte d'Ivoire" → "cote d'ivoire": names compare without case, accents or a leading "the". */
function key(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ")
    .trim();
}

let index: { byKey: Map<string, string>; names: Map<string, string> } | null = null;

function load(): { byKey: Map<string, string>; names: Map<string, string> } {
  if (index) return index;
  const countries = createRequire(import.meta.url)("world-countries/countries.json") as CountryRecord[];
  const byKey = new Map<string, string>();
  const names = new Map<string, string>();
  const claim = (text: string, code: string): void => {
    const k = key(text);
    if (k && !byKey.has(k)) byKey.set(k, code);
  };
  for (const c of countries) {
    names.set(c.cca2, c.name.common);
    claim(c.cca2, c.cca2);
    claim(c.cca3, c.cca2);
  }
  // Common names before official and other names, so that a common name is never taken by another country's alternative.
  for (const c of countries) claim(c.name.common, c.cca2);
  for (const c of countries) [c.name.official, ...(c.altSpellings ?? [])].forEach((n) => claim(n, c.cca2));
  for (const [alias, code, kind] of readTsv(new URL("../../data/country-aliases.tsv", import.meta.url))) {
    if (kind === "name" && code && /^[A-Z]{2}$/.test(code)) claim(alias!, code);
  }
  for (const [code, name] of readTsv(lexiconUrl("actor-country-names.tsv"))) claim(name!, code!);
  index = { byKey, names };
  return index;
}

/** The ISO 3166-1 alpha-2 code of the country `text` names, or null. */
export function resolveCountry(text: string): string | null {
  return load().byKey.get(key(text)) ?? null;
}

/** What a country filter accepts, and the countries whose names begin like `text` (to suggest). */
export function countryFilterHelp(text = ""): string {
  const start = key(text).slice(0, 3);
  const { names } = load();
  const near =
    start.length >= 2
      ? [...names.entries()]
          .filter(([, name]) => key(name).startsWith(start))
          .map(([code, name]) => `${name} (${code})`)
          .slice(0, 8)
      : [];
  return `a country is given by its ISO 3166-1 code (SY or SYR) or its English name (Syria)${near.length > 0 ? `; did you mean ${near.join(", ")}?` : ""}`;
}
