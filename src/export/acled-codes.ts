/**
 * ACLED's codes for what Sitrep records in its own terms: the disorder type of an event type, the
 * actor type of an actor and the interaction of two, and the precision codes of a date and a
 * place. Actor types and interactions are written as text, as ACLED's files have written them
 * since its 2024 codebook ("State forces", "State forces-Civilians").
 */

import { readTsv } from "../core/data-file.ts";
import { familyOf, type EventType } from "../core/event-types.ts";
import type { ActorKind, DatePrecision, PlacePrecision } from "../core/model.ts";

/** Demonstrations are their own disorder type; a crackdown on one is also political violence. */
export function disorderType(type: EventType): string {
  if (type === "excessive_force_against_protesters" || type === "protest_with_intervention") return "Political violence; Demonstrations";
  if (type === "violent_demonstration") return "Demonstrations";
  const family = familyOf(type);
  if (family === "protests") return "Demonstrations";
  if (family === "strategic") return "Strategic developments";
  return "Political violence";
}

/** ACLED's eight actor types, in the order of their old numeric codes (1 to 8). */
export const ACLED_ACTOR_TYPES = [
  "State forces",
  "Rebel group",
  "Political militia",
  "Identity militia",
  "Rioters",
  "Protesters",
  "Civilians",
  "External/Other forces",
] as const;
export type AcledActorType = (typeof ACLED_ACTOR_TYPES)[number];

/** What the export knows of an actor for ACLED's actor type. */
export interface ActorFacts {
  kind: ActorKind;
  country: string | null;
  /** A person's stated armed affiliation ("a commander of X"). */
  affiliated: boolean;
}

const here = (name: string): URL => new URL(name, import.meta.url);

let byName: Array<{ pattern: RegExp; type: AcledActorType }> | null = null;
/** Actor types told by the name alone (acled-actor-types.tsv): unnamed groups, community militias, gangs. */
function typeByName(name: string): AcledActorType | null {
  byName ??= readTsv(here("acled-actor-types.tsv")).map(([pattern, type]) => {
    if (!ACLED_ACTOR_TYPES.includes(type as AcledActorType)) throw new Error(`acled-actor-types.tsv: unknown actor type "${type}"`);
    return { pattern: new RegExp(pattern!, "i"), type: type as AcledActorType };
  });
  return byName.find((r) => r.pattern.test(name))?.type ?? null;
}

/**
 * ACLED's type of an actor in an event in `eventCountry`. A state acting outside its own country is
 * an external force; Sitrep does not tell rebels from militias among named groups, so a named
 * armed group is a rebel group unless its name says otherwise (an unidentified armed group is a
 * political militia, a community's militia an identity militia).
 */
export function actorType(name: string | null, facts: ActorFacts | null, eventCountry: string | null): AcledActorType | null {
  if (!name) return null;
  const named = typeByName(name);
  if (named) return named;
  switch (facts?.kind) {
    case "state":
      return facts.country && eventCountry && facts.country !== eventCountry ? "External/Other forces" : "State forces";
    case "armed_group":
      return "Rebel group";
    case "person":
      return facts.affiliated ? "Rebel group" : "Civilians";
    case "civilians":
      return "Civilians";
    case "protesters":
      return "Protesters";
    default:
      return "External/Other forces";
  }
}

let interactions: Map<string, string> | null = null;

/** ACLED's interaction: the two actor types joined as the codebook writes the pair, or "X only" for one actor. */
export function interaction(a: AcledActorType | null, b: AcledActorType | null): string {
  if (a === null && b === null) return "";
  interactions ??= new Map(readTsv(here("acled-interactions.tsv")).map(([code, label]) => [code!, label!]));
  const codes = [a, b].map((t) => (t === null ? 0 : ACLED_ACTOR_TYPES.indexOf(t) + 1)).sort((x, y) => x - y);
  const code = codes[0] === 0 ? `${codes[1]}0` : `${codes[0]}${codes[1]}`;
  const label = interactions.get(code);
  if (!label) throw new Error(`acled-interactions.tsv: no label for interaction ${code}`);
  return label;
}

/** 1: the day is known; 2: within a week or a few days; 3: the month or longer. */
export function timePrecision(p: DatePrecision | null): number | null {
  if (p === null) return null;
  return p === "day" ? 1 : p === "week" ? 2 : 3;
}

/** 1: the town itself; 2: near it or a part of a region; 3: only a province, region or country. */
export function geoPrecision(p: PlacePrecision | null): number | null {
  if (p === null) return null;
  return p === "exact" ? 1 : p === "near" ? 2 : 3;
}
