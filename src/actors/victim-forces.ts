/**
 * Whose forces the dead or wounded were when the text names them only by their role: "a police
 * officer was killed", "two soldiers died in the blast". Told without a demonym, soldiers and
 * police hit in a country are, as coders read them, that country's forces.
 */
import type { ActorValue } from "../core/model.ts";
import { stateActor } from "./state-actor-names.ts";

/** Words counting police among the casualties. */
const POLICE = /\b(?:police(?:m[ae]n|wom[ae]n)?|police officers?|constables?|gendarmes?)\b/i;
/** Words counting soldiers among the casualties. */
const SOLDIERS = /\b(?:soldiers?|troops|servicem[ae]n|service members|army officers?|marines|commandos)\b/i;

/** The state forces of `country` the casualty words `victims` count, or null when they count no soldiers or police. */
export function victimForces(victims: string, country: string | null): ActorValue | null {
  if (!country) return null;
  if (POLICE.test(victims)) return stateActor(country, "police");
  if (SOLDIERS.test(victims)) return stateActor(country, "military");
  return null;
}
