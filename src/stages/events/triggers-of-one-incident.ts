import type { Incident } from "./group-incidents.ts";
import { dateOf } from "./incident-agreement.ts";
import { kindOf, REMOTE_TYPES } from "./incident-kinds.ts";
import type { Observation } from "./read-observations.ts";

/** What ties two triggers of one sentence into one incident: one act told in stages, by its weapon, or by verbs joined with "and". */

/**
 * Between two triggers of one incident: no word that introduces another incident ("arrested the
 * men behind the attack" tells of an arrest and of the attack it follows).
 */
export const TIED =
  /^(?:(?!\b(?:after|following|before|since|than|in response|in retaliation|earlier|later|amid|when|while|behind|responsible for|perpetrators? of|masterminds? of|suspects? in|suspected of|involved in|accused of|blamed for)\b)[^;])*$/i;

/** Between a weapon and the word "attack" naming it again: a few words, quotes or brackets at most. */
const WEAPON_THEN_ATTACK_GAP = 40;

/** True when a bare "attack" right after a bombing word names that bombing again ("a VBIED “Fidayee” (suicide) attack"). */
export function namesAgain(prev: Observation, o: Observation, text: string): boolean {
  if (kindOf(o.trigger.type) !== "violence" || !REMOTE_TYPES.has(prev.trigger.type)) return false;
  if (dateOf(o) || o.relative || o.unresolvedWhen) return false;
  const between = text.slice(prev.trigger.end, o.trigger.start);
  return between.length <= WEAPON_THEN_ATTACK_GAP && !/[.;]/.test(between) && TIED.test(between);
}

/** A trigger naming the people who did it ("suicide bombers", "attackers"): the verb after it in the sentence is their act. */
export const AGENT_NOUN = /(?:bombers|attackers|raiders|assailants|gunmen|hijackers|kidnappers|abductors|rioters)$/i;

/** Between two stages of one attack: "followed by", "and then". */
export const CHAINED =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:followed by|and then|then)\s+(?:(?:an?|the|another|a second)\s+)?(?:[\w'’-]+\s+){0,2}?$/i;

/** "attacked the base with an IED", "struck the convoy using drones": what follows names the weapon of the act before. */
const WITH_WEAPON = /\b(?:with|using|by means of)\s+(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+){0,2}$/i;

/** "an IED (SVBIED) planted by the group detonated": the bomb named, then its going off. */
const WENT_OFF = /^(?:exploded|detonated|went off|blew up)$/i;

/** True when the second trigger only tells how the first was done: its weapon, or that the bomb named went off. */
export function weaponOf(prev: Observation, o: Observation, text: string): boolean {
  if (!REMOTE_TYPES.has(o.trigger.type) && !WENT_OFF.test(o.trigger.text)) return false;
  const between = text.slice(prev.trigger.end, o.trigger.start);
  if (WITH_WEAPON.test(between)) return true;
  return REMOTE_TYPES.has(prev.trigger.type) && WENT_OFF.test(o.trigger.text) && between.split(/\s+/).length <= 9;
}

/**
 * "looted shops on Sunday and burned houses in X": a verb joined by "and" that adds only what the
 * incident lacks (its place, or its day) tells more of it, not another incident.
 */
export function complements(inc: Incident, o: Observation): boolean {
  const undated = (x: Observation) => !dateOf(x) && !x.relative && !x.unresolvedWhen;
  if (undated(o)) return inc.observations.every((x) => !x.place);
  return !o.place && inc.observations.every(undated);
}

/**
 * "On 3 May, two gunmen abducted a trader and then beat him in X": a sentence opening with the day
 * and a later verb giving the place tells one incident. Only that way round: a later verb dated on
 * its own ("the commander, who was killed Monday") tells an earlier incident.
 */
export function placesDatedIncident(inc: Incident, o: Observation): boolean {
  if (dateOf(o) || o.relative || o.unresolvedWhen || !o.place) return false;
  return inc.observations.every((x) => !x.place) && inc.observations.some((x) => dateOf(x) && !x.relative);
}
