/**
 * ACLED's codes for what Sitrep records in its own terms: the disorder type of an event type,
 * the interaction code of an actor, and the precision codes of a date and a place.
 */

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

/** What the export knows of an actor for ACLED's `inter` code. */
export interface ActorFacts {
  kind: ActorKind;
  country: string | null;
  /** A person's stated armed affiliation ("a commander of X"). */
  affiliated: boolean;
}

/**
 * ACLED's inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
 * militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces. Sitrep does not tell
 * rebels from militias, so armed groups are 2; a state acting outside its own country is 8.
 */
export function interCode(actor: ActorFacts | null, eventCountry: string | null): number | null {
  if (!actor) return null;
  switch (actor.kind) {
    case "state":
      return actor.country && eventCountry && actor.country !== eventCountry ? 8 : 1;
    case "armed_group":
      return 2;
    case "person":
      return actor.affiliated ? 2 : 7;
    case "civilians":
      return 7;
    case "protesters":
      return 6;
    default:
      return 8;
  }
}

/** ACLED's interaction: the two inter codes, lower first; one actor alone is its code and 0. */
export function interaction(a: number | null, b: number | null): string {
  if (a === null && b === null) return "";
  if (a === null || b === null) return `${a ?? b}0`;
  return `${Math.min(a, b)}${Math.max(a, b)}`;
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
