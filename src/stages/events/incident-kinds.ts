import { EVENT_FAMILIES } from "../../core/event-types.ts";
import type { TriggerType } from "./cue-lexicons.ts";

/**
 * The kind of incident a trigger names, and which kinds can name one incident: what lets a
 * mention join an incident told by another word.
 */

const VIOLENT_FAMILIES = new Set(["battles", "remote", "civilians"]);

export const REMOTE_TYPES: ReadonlySet<string> = new Set(EVENT_FAMILIES.remote);

/** Kinds of armed violence: a definite mention of one may point back to another when only one was told. */
export const VIOLENT_KINDS: ReadonlySet<string> = new Set(["violence", "remote", "battles", ...REMOTE_TYPES]);

/** What is done within a violent incident as well as on its own. */
const PART_OF_VIOLENCE = new Set(["looting_property_destruction", "sexual_violence", "territory"]);

/** Demonstrations and riots. */
const DEMONSTRATION = new Set(["peaceful_protest", "violent_demonstration", "mob_violence"]);

/** The kind of incident a trigger names, as precise as the trigger says: a remote type, a family, or "violence" when it does not say. */
export function kindOf(t: TriggerType): string {
  if (t === "generic" || t === "attack") return "violence";
  if (t === "strike" || t === "bombing") return "remote";
  if (REMOTE_TYPES.has(t)) return t;
  if (t === "armed_clash") return "battles";
  return t;
}

// The helpers below live at module level rather than as closures in the functions that use them:
// grouping compares every observation with every incident, and a closure is built at each call.

function violent(k: string): boolean {
  return k === "remote" || k === "battles" || REMOTE_TYPES.has(k) || VIOLENT_FAMILIES.has(k);
}

/** An abduction is also told as "the attack on the school". */
function taking(k: string): boolean {
  return k === "abduction_forced_disappearance" || k === "arrests";
}

const BOMBS = new Set(["remote_explosive_landmine_ied", "suicide_bomb"]);

/** True when two trigger kinds can name one incident ("the bombing" and "the suicide attack"; "strikes" and "airstrikes"). */
export function kindsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === "violence") return violent(b) || taking(b) || PART_OF_VIOLENCE.has(b) || DEMONSTRATION.has(b);
  if (b === "violence") return violent(a) || taking(a) || PART_OF_VIOLENCE.has(a) || DEMONSTRATION.has(a);
  // "looted shops and burned houses" in a raid, "took the town" after a battle, rape in an abduction: parts of one incident.
  if (PART_OF_VIOLENCE.has(a)) return violent(b) || taking(b) || PART_OF_VIOLENCE.has(b) || DEMONSTRATION.has(b);
  if (PART_OF_VIOLENCE.has(b)) return violent(a) || taking(a) || DEMONSTRATION.has(a);
  // A demonstration is told with the force that met it: "police fired tear gas, arrested 20", "clashed with police".
  if (DEMONSTRATION.has(a)) return DEMONSTRATION.has(b) || b === "battles" || b === "arrests" || riotWeapon(a, b);
  if (DEMONSTRATION.has(b)) return a === "battles" || a === "arrests" || riotWeapon(b, a);
  if (a === "remote") return REMOTE_TYPES.has(b);
  if (b === "remote") return REMOTE_TYPES.has(a);
  // Suicide attackers storm what they bomb: the gun battle after the blast is the same attack.
  if ((a === "suicide_bomb" && b === "battles") || (b === "suicide_bomb" && a === "battles")) return true;
  return BOMBS.has(a) && BOMBS.has(b);
}

/** Rioters throw what a crowd can make or carry: petrol and crude bombs, grenades. */
const RIOT_WEAPONS = new Set(["remote_explosive_landmine_ied", "grenade"]);

/** True when a riot and a bomb or grenade may be one incident ("rioters exploded crude bombs"). */
function riotWeapon(demonstration: string, other: string): boolean {
  return demonstration !== "peaceful_protest" && RIOT_WEAPONS.has(other);
}

/** Whether an incident's kind `k` fits an observation's kind `ok`, the incident being a suicide attack or not. */
export function fits(k: string, ok: string, suicide: boolean): boolean {
  return kindsCompatible(k, ok) || (suicide && (ok === "battles" || k === "battles") && (REMOTE_TYPES.has(k) || REMOTE_TYPES.has(ok)));
}

export function violentKind(k: string): boolean {
  return k === "violence" || k === "remote" || k === "battles" || REMOTE_TYPES.has(k);
}
