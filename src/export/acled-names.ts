/**
 * Names as ACLED's files write them, so that an exported row joins ACLED's data: countries by the
 * names coders use ("Democratic Republic of Congo", "Turkey"), in plain letters ("Reunion"), and a
 * state named by the country alone ("Israel", "United States") as the side that acted
 * ("Military Forces of Israel", "Government of the United States").
 */

import { actorCountryName, countrySide } from "../actors/state-actor-names.ts";
import { readTsv } from "../core/data-file.ts";
import type { EventType } from "../core/event-types.ts";
import type { ActorFacts } from "./acled-codes.ts";
import { countryFacts } from "./country-facts.ts";

/** "Réunion" → "Reunion": ACLED's country names are written without accents. */
function plainLetters(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "");
}

/** ACLED's name of a country (ISO 3166-1 alpha-2), or "" for none. */
export function acledCountryName(iso2: string | null): string {
  if (!iso2) return "";
  const code = iso2.toUpperCase();
  const name = actorCountryName(code);
  return plainLetters(name === code ? (countryFacts(code)?.name ?? code) : name);
}

let renames: Array<{ pattern: RegExp; replacement: string }> | null = null;

/** The actor's name in ACLED's conventions, for an event of this type. */
export function acledActorName(name: string, facts: ActorFacts | null, type: EventType): string {
  let result = name;
  if (facts?.kind === "state" && facts.country) {
    const country = facts.country;
    if (name === actorCountryName(country) || name === countryFacts(country)?.name)
      result = countrySide(country, type, { bare: false }).name;
  }
  renames ??= readTsv(new URL("acled-actor-names.tsv", import.meta.url)).map(([pattern, replacement]) => ({
    pattern: new RegExp(pattern!),
    replacement: replacement!,
  }));
  for (const { pattern, replacement } of renames) result = result.replace(pattern, replacement);
  return result;
}
