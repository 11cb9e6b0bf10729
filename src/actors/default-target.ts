/**
 * Who an event was done to when the text names nobody: violence against civilians is, by its
 * type, against the civilians of the country; a strike or a bomb that the text says hit homes,
 * a market or people is coded against them too, as is one whose dead or wounded are people of no
 * armed side ("a paramedic was killed", "8 people were injured"). Otherwise nobody is assumed.
 */
import { familyOf, type EventType } from "../core/event-types.ts";
import type { ActorValue } from "../core/model.ts";
import { peopleActor } from "./state-actor-names.ts";

/** Words telling that a strike or blast hit unarmed people or their places. */
const CIVILIAN_HARM =
  /\b(?:civilians?|residents?|villagers|people|persons|children|women|families|family|homes?|houses?|market|school|hospital|mosque|church|farmers|passengers|worshippers|shoppers|pupils|students)\b/i;

/** Casualties counted by words for one unarmed person or for people of no stated side. */
const CIVILIAN_VICTIM =
  /\b(?:person|man|woman|boy|girl|child|baby|teenager|bystanders?|paramedics?|medics?|rescuers?|nurses?|doctors?|journalists?|passers?-by|motorists?|drivers?|elderly)\b/i;

/**
 * The side acted upon when none was read, or null. `victims` are the words that counted the dead
 * and wounded ("one person", "a civilian woman"), told perhaps in a sentence of their own.
 */
export function defaultTarget(type: EventType, country: string | null, text: string, victims = ""): ActorValue | null {
  const family = familyOf(type);
  if (family === "civilians") return peopleActor(country, "civilians");
  if (family === "remote" && (CIVILIAN_HARM.test(text) || CIVILIAN_HARM.test(victims) || CIVILIAN_VICTIM.test(victims)))
    return peopleActor(country, "civilians");
  return null;
}
