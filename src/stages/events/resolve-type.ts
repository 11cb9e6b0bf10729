import type { EventType } from "../../core/event-types.ts";
import type { ActorValue } from "../../core/model.ts";
import type { TriggerType } from "./cue-lexicons.ts";

/** When several weapons are named, the main means decides: aircraft before guns, per the codebook. */
const WEAPON_ORDER: EventType[] = [
  "suicide_bomb",
  "remote_explosive_landmine_ied",
  "air_drone_strike",
  "shelling_artillery_missile_attack",
  "grenade",
  "chemical_weapon",
];

/** Targets that are armed: an attack on them is a battle, not violence against civilians. */
const ARMED_TARGET =
  /\b(?:soldiers?|troops|army|military|forces|police(?:men)?|officers|convoy|post|posts|base|bases|barracks|checkpoint|outpost|positions?|patrol|fighters|militants|personnel|servicem[ae]n|service members|guards?|vigilantes?|Peshmerga)\b/i;
const CIVILIAN_TARGET =
  /\b(?:civilians?|villagers|residents|worshipp?ers|church|mosque|market|school|students|pupils|children|women|mourners|passengers|shoppers|hotel|mall|restaurant|hospital|camp|pilgrims|farmers|procession|crowd)\b/i;

/**
 * The sub-event type of an incident from its trigger words, the weapons named near them and
 * what was hit: the weapon decides among remote types, the target between battle and attack.
 */
export function resolveType(
  triggers: TriggerType[],
  weapons: EventType[],
  window: string,
  target: ActorValue | null,
  firstSentenceTypes: TriggerType[] = triggers,
): EventType {
  const specific = triggers.filter((t): t is EventType => t !== "generic" && t !== "strike");
  if (specific.includes("suicide_bomb") || weapons.includes("suicide_bomb")) return "suicide_bomb";
  for (const t of ["abduction_forced_disappearance", "arrests", "agreement", "peaceful_protest", "disrupted_weapons_use"] as EventType[]) {
    if (specific[0] === t) return t;
  }
  // "stormed the offices, detaining staff": a raid whose outcome is a detention or an abduction is coded by the outcome.
  const outcome = (["abduction_forced_disappearance", "arrests"] as EventType[]).find((t) => specific.includes(t));
  const lead = firstSentenceTypes.filter((t) => t !== "generic" && t !== "strike");
  if (outcome && lead.includes(outcome) && lead.every((t) => t === outcome || t === "armed_clash")) return outcome;
  const remote = WEAPON_ORDER.find((w) => specific.includes(w));
  if (remote) {
    // A drone or jet named with a bombing word: the aircraft delivered it.
    if (
      remote === "remote_explosive_landmine_ied" &&
      weapons.includes("air_drone_strike") &&
      !/\b(?:car bomb|IED|roadside|planted|parked|landmine)/i.test(window)
    )
      return "air_drone_strike";
    return remote;
  }
  const weapon = WEAPON_ORDER.find((w) => weapons.includes(w));
  if (triggers.includes("strike"))
    return weapon === "shelling_artillery_missile_attack" && !weapons.includes("air_drone_strike") ? weapon : "air_drone_strike";
  if (weapon && weapon !== "air_drone_strike") return weapon;
  if (
    weapon === "air_drone_strike" &&
    /\bdrones?\b|\bair\b|\bwarplanes?\b|\bjets?\b|\baircraft\b|\bhelicopters?\b|\bairstrikes?\b/i.test(window)
  )
    return "air_drone_strike";
  if (specific.includes("armed_clash")) return "armed_clash";
  if (specific.includes("attack")) return "attack";
  if (target?.kind === "civilians") return "attack";
  if (target && (target.kind === "state" || target.kind === "armed_group")) return "armed_clash";
  if (ARMED_TARGET.test(window)) return "armed_clash";
  if (CIVILIAN_TARGET.test(window)) return "attack";
  return "armed_clash";
}
