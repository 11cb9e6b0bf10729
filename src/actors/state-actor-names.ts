/**
 * The names coders give a country's own sides: its armed forces, police and government, and the
 * people of the country as civilians, protesters, rioters or an unnamed armed group
 * ("Military Forces of Pakistan", "Police Forces of the Philippines", "Civilians (Haiti)").
 * Every country gets them, generated from the country data the gazetteer is built from; the few
 * countries whose name coders write differently are listed in actor-country-names.tsv.
 */
import { createRequire } from "node:module";
import { lexiconUrl, readTsv } from "../core/data-file.ts";
import type { ActorKind, ActorValue } from "../core/model.ts";

interface CountryRecord {
  cca2: string;
  name: { common: string };
  region: string;
  cca3: string;
  borders?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}

interface CountryNaming {
  name: string;
  /** ISO2 codes of the countries it borders. */
  neighbours: string[];
  /** "the" when coders write "Military Forces of the X". */
  article: boolean;
  /** The state's forces and government are named by the country alone ("Israel"). */
  bare?: boolean;
}

let naming: Map<string, CountryNaming> | null = null;
/** "Nigerian" → NG, "Nigeria" → NG: a demonym or name that belongs to one country only. */
const BY_DEMONYM = new Map<string, string | null>();

function namings(): Map<string, CountryNaming> {
  if (naming) return naming;
  naming = new Map();
  const countries = createRequire(import.meta.url)("world-countries/countries.json") as CountryRecord[];
  const iso2 = new Map(countries.map((c) => [c.cca3, c.cca2]));
  for (const c of countries) {
    naming.set(c.cca2, { name: c.name.common, article: false, neighbours: (c.borders ?? []).map((b) => iso2.get(b) ?? b) });
    for (const word of [c.demonyms?.eng?.m, c.demonyms?.eng?.f, c.name.common]) {
      if (!word) continue;
      const known = BY_DEMONYM.get(word);
      BY_DEMONYM.set(word, known === undefined || known === c.cca2 ? c.cca2 : null);
    }
  }
  for (const [code, name, article] of readTsv(lexiconUrl("actor-country-names.tsv")))
    naming.set(code!, {
      name: name!,
      article: article === "the",
      bare: article === "state",
      neighbours: naming.get(code!)?.neighbours ?? [],
    });
  return naming;
}

/** The country's name as it stands in actor names ("Democratic Republic of Congo"), or the code itself. */
export function actorCountryName(code: string): string {
  return namings().get(code)?.name ?? code;
}

/** The country a demonym or country name stands for ("Nigerian" → NG), when it stands for one only. */
export function countryOfDemonym(word: string): string | null {
  namings();
  return BY_DEMONYM.get(word) ?? null;
}

/** True when two countries are one or share a border. */
export function nearby(a: string, b: string): boolean {
  return a === b || (namings().get(a)?.neighbours.includes(b) ?? false);
}

/** The sides a country has in events, each named as coders name it. */
export type StateSide = "military" | "police" | "government";
export type PeopleSide = "civilians" | "protesters" | "rioters" | "unidentified";

const SIDE_PREFIX: Record<StateSide, string> = { military: "Military Forces of", police: "Police Forces of", government: "Government of" };
const PEOPLE: Record<PeopleSide, { label: string; kind: ActorKind }> = {
  civilians: { label: "Civilians", kind: "civilians" },
  protesters: { label: "Protesters", kind: "protesters" },
  rioters: { label: "Rioters", kind: "protesters" },
  unidentified: { label: "Unidentified armed group", kind: "armed_group" },
};

/** How a state side is named: `bare: false` never names it by the country alone (ACLED's files do not). */
export interface StateNamingOptions {
  bare?: boolean;
}

/** "Military Forces of the Philippines", "Government of Pakistan". */
export function stateActor(code: string, side: StateSide, { bare = true }: StateNamingOptions = {}): ActorValue {
  const n = namings().get(code);
  if (bare && n?.bare && side !== "police") return { name: n.name, kind: "state", country: code };
  const name = n ? `${n.article ? "the " : ""}${n.name}` : code;
  return { name: `${SIDE_PREFIX[side]} ${name}`, kind: "state", country: code };
}

/** "Civilians (Haiti)", "Rioters (Nigeria)", "Unidentified Armed Group (India)"; without a country, the bare label. */
export function peopleActor(code: string | null, side: PeopleSide): ActorValue {
  const { label, kind } = PEOPLE[side];
  return { name: code ? `${label} (${actorCountryName(code)})` : label, kind, country: code };
}

/** Sub-event types in which a state acts through its government, and those in which its police act. */
const GOVERNMENT_ACTS = new Set([
  "agreement",
  "change_to_group_activity",
  "non_violent_transfer_of_territory",
  "other",
  "headquarters_or_base_established",
]);
const POLICE_ACTS = new Set(["arrests"]);

/**
 * A country named as the side that acted ("Pakistan struck", "Syria reached an agreement"), named as
 * coders name the state's side in that kind of event: its government in talks and deals, its police
 * in arrests, its military forces in violence.
 */
export function countrySide(code: string, type: string, options: StateNamingOptions = {}): ActorValue {
  if (GOVERNMENT_ACTS.has(type)) return stateActor(code, "government", options);
  if (POLICE_ACTS.has(type)) return stateActor(code, "police", options);
  return stateActor(code, "military", options);
}

/**
 * True for a side every event of a country may have ("Civilians (Myanmar)", "Protesters (Kenya)",
 * "Unidentified armed group (Iraq)"): two reports naming it agree on nothing by that.
 */
export function isGenericSide(name: string): boolean {
  return /^(?:Civilians|Protesters|Rioters|Unidentified |Jihadist militants)/i.test(name);
}
