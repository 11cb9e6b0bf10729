/**
 * Who an event was done to when the text names nobody: violence against civilians is, by its
 * type, against the civilians of the country; a strike or a bomb that the text says hit homes,
 * a market or people is coded against them too. Otherwise nobody is assumed.
 */
import { familyOf, type EventType } from "../core/event-types.ts";
import type { ActorValue } from "../core/model.ts";
import { peopleActor } from "./state-actor-names.ts";

/** Words telling that a strike or blast hit unarmed people or their places. */
const CIVILIAN_HARM =
  /\b(?:civilians?|residents?|villagers|people|persons|children|women|families|family|homes?|houses?|market|school|hospital|mosque|church|farmers|passengers|worshippers|shoppers|pupils|students)\b/i;

/** The side acted upon when none was read, or null. */
export function defaultTarget(type: EventType, country: string | null, text: string): ActorValue | null {
  const family = familyOf(type);
  if (family === "civilians") return peopleActor(country, "civilians");
  if (family === "remote" && CIVILIAN_HARM.test(text)) return peopleActor(country, "civilians");
  return null;
}
