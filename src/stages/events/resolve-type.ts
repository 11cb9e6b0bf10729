import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import { EVENT_FAMILIES, type EventType } from "../../core/event-types.ts";
import type { ActorValue } from "../../core/model.ts";
import type { TriggerType } from "./cue-lexicons.ts";
import { demonstrationType } from "./demonstration-outcome.ts";

/** What the incident's wider telling adds to its triggers and weapons. */
export interface MoreEvidence {
  /** The sentences that tell of the incident and those that follow on from it (what happened at a demonstration). */
  context?: string | undefined;
  /** The kind of the side that acted, when known ("state" regains territory, others overtake it). */
  actor1Kind?: string | null;
  /** The side that acted, by its canonical name. */
  actor1Name?: string | null;
  /** Unarmed people in a crowd did the violence. */
  crowd?: boolean;
  /** The incident's words without the side that acted, read for who or what was hit. */
  targetWords?: string;
  /** A town or village is the object of the attack word ("raided Kafr Kila"), no armed side named as hit. */
  placeAttacked?: boolean;
  /** Those attacked fought back ("repelled the attack", "returned fire"). */
  foughtBack?: boolean;
  /** The place taken was abandoned or given up without a fight. */
  unopposed?: boolean;
  /** The debris of a weapon brought down hit or hurt something. */
  debrisHit?: boolean;
  /** Someone other than an attacker died. */
  killed?: boolean;
  /** Who the toll counts ("two civilians", "a driver"). */
  victims?: string;
  /** The state the actor belongs to and the country the incident happened in: a state takes back its own territory. */
  actor1Country?: string | null;
  country?: string | null;
}

/** Aircraft, not drones: missiles they fire are air strikes. */
const AIRCRAFT =
  /\b(?:airborne|air-launched|air forces?|aircraft|warplanes?|fighter jets?|jets|bombers|helicopters?|air (?:and (?:sea|naval|navy) )?missiles)\b/i;

/** Munitions left behind from earlier fighting (see the leftover-munitions triggers). */
const LEFTOVER = /\b(?:unexploded|abandoned|leftover|discarded)\b/i;

/** An attacker stopped before acting: "before he carried out his attack", "before she could detonate". */
const STOPPED_BEFORE =
  /\bbefore (?:he|she|they|the (?:bomber|attacker)s?) (?:could |was able to |were able to |managed to )?(?:carr(?:y|ied) out|detonat\w*|blow|blew|reach\w*|strike|struck|attack\w*|explod\w*)/i;

/** Bombs that were placed, not dropped: a drone named beside them did not deliver them. */
const PLANTED = /\b(?:car bomb|IED|roadside|planted|parked|landmine)/i;

/** Types that are violence of their own; the rest (looting, a base, a curfew) give way to violence told with them. */
const VIOLENT = new Set<TriggerType>([
  "armed_clash",
  "attack",
  ...EVENT_FAMILIES.remote,
  "abduction_forced_disappearance",
  "sexual_violence",
  "mob_violence",
  "violent_demonstration",
  "territory",
]);

/** People detained, taken or given up, and sides agreeing: types that name the incident whatever violence came with them. */
const TAKEN_PEOPLE: EventType[] = ["abduction_forced_disappearance", "arrests", "agreement"];

/** Armed groups that govern where they detain people (see the lexicon). */
const DE_FACTO_AUTHORITIES = new Set(readTsv(lexiconUrl("de-facto-authorities.tsv")).map(([name]) => name!));

/**
 * Unarmed people ("workers", "villagers") "detained" by an armed group that is no authority where
 * it took them are abducted. Fighters held by a rival group are left to the arrest they were called.
 */
function takenByArmedGroup(more: MoreEvidence, window: string): boolean {
  const hit = more.targetWords ?? window;
  return (
    more.actor1Kind === "armed_group" &&
    !DE_FACTO_AUTHORITIES.has(more.actor1Name ?? "") &&
    CIVILIAN_TARGET.test(hit) &&
    !ARMED_TARGET.test(hit)
  );
}

/** When several weapons are named, the main means decides: aircraft before guns, per the codebook. */
const WEAPON_ORDER: EventType[] = [
  "suicide_bomb",
  "remote_explosive_landmine_ied",
  "air_drone_strike",
  "shelling_artillery_missile_attack",
  "grenade",
  "chemical_weapon",
];

/** Nouns for who or what was hit (target-nouns.tsv), each list joined into one pattern. */
const TARGETS = readTsv(lexiconUrl("target-nouns.tsv"));
const targetPattern = (kind: string) =>
  new RegExp(
    `\\b(?:${TARGETS.filter((row) => row[1] === kind)
      .map((row) => row[0])
      .join("|")})\\b`,
    "i",
  );
/** Targets that are armed: an attack on them is a battle, not violence against civilians. */
const ARMED_TARGET = targetPattern("armed");
const CIVILIAN_TARGET = targetPattern("civilian");

/** Control of a place taken by force: by the state in its own country it is regained, by anyone else overtaken. */
export function territoryType(actorKind: string | null, actorCountry: string | null, country: string | null): EventType {
  return actorKind === "state" && (!actorCountry || !country || actorCountry === country)
    ? "government_regains_territory"
    : "non_state_actor_overtakes_territory";
}

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
  more: MoreEvidence = {},
): EventType {
  // "shot the suicide bomber before he could blow himself up": the bombing never happened, the shooting did.
  if (STOPPED_BEFORE.test(window)) {
    triggers = triggers.map((t) => (t === "suicide_bomb" ? "generic" : t));
    firstSentenceTypes = firstSentenceTypes.map((t) => (t === "suicide_bomb" ? "generic" : t));
    weapons = weapons.filter((w) => w !== "suicide_bomb");
  }
  const specific = triggers.filter((t): t is EventType => t !== "generic" && t !== "strike" && t !== "territory" && t !== "bombing");
  const lead = firstSentenceTypes.filter((t) => t !== "generic" && t !== "strike" && t !== "bombing");
  // Rape decides the type of whatever it is told with: an abduction, a raid, a detention.
  if (specific.includes("sexual_violence")) return "sexual_violence";
  if (specific.includes("suicide_bomb") || weapons.includes("suicide_bomb")) return "suicide_bomb";
  // "an IED was found and defused", "a drone was shot down": the weapon kept from use, not its kind.
  if (
    specific[0] === "disrupted_weapons_use" ||
    (specific[0] === "remote_explosive_landmine_ied" && lead.includes("disrupted_weapons_use"))
  )
    // An interception whose debris still hit homes or people is coded as the strike it was.
    return more.debrisHit
      ? weapons.includes("shelling_artillery_missile_attack") && !weapons.includes("air_drone_strike")
        ? "shelling_artillery_missile_attack"
        : "air_drone_strike"
      : "disrupted_weapons_use";
  // A demonstration is typed by what happened at it; a mob's violence is a riot.
  const first = specific[0];
  if (
    first === "peaceful_protest" ||
    first === "violent_demonstration" ||
    (first === "mob_violence" && specific.includes("peaceful_protest"))
  )
    return demonstrationType(more.context ?? window, first === "violent_demonstration" || Boolean(more.crowd));
  if (first === "mob_violence") return "mob_violence";
  // "Troops retook three villages. Six fighters were arrested and 40 hostages freed": a place taken
  // in the incident's lead decides over the arrests or abductions told after it.
  const territoryLed = lead.includes("territory") && !lead.some((t) => (TAKEN_PEOPLE as TriggerType[]).includes(t));
  // People taken and killed: the killing is coded, as an attack.
  if (first === "abduction_forced_disappearance" && more.killed) return "attack";
  for (const t of TAKEN_PEOPLE) {
    if (first === t && !territoryLed) return t === "arrests" && takenByArmedGroup(more, window) ? "abduction_forced_disappearance" : t;
  }
  // "stormed the offices, detaining staff": a raid whose outcome is a detention or an abduction is coded by the outcome.
  const outcome = (["abduction_forced_disappearance", "arrests"] as EventType[]).find((t) => specific.includes(t));
  if (outcome && !territoryLed && lead.includes(outcome) && lead.every((t) => t === outcome || t === "armed_clash")) return outcome;
  // "a grenade exploded", "a missile strike by the air force": the weapon named decides over the word for what it did.
  const namedWeapon = (remote: EventType | undefined): EventType | undefined => {
    if (remote === "remote_explosive_landmine_ied" && !weapons.includes("remote_explosive_landmine_ied")) {
      // An old grenade that went off when found or handled is leftover ordnance, not a grenade thrown.
      if (weapons.includes("grenade") && !LEFTOVER.test(window)) return "grenade";
      if (weapons.includes("shelling_artillery_missile_attack") && !weapons.includes("air_drone_strike"))
        return "shelling_artillery_missile_attack";
    }
    if (remote === "shelling_artillery_missile_attack" && weapons.includes("air_drone_strike") && AIRCRAFT.test(window))
      return "air_drone_strike";
    return remote;
  };
  // A drone or jet named with a bombing word: the aircraft delivered it.
  const airborne = (remote: EventType | undefined) =>
    remote === "remote_explosive_landmine_ied" && weapons.includes("air_drone_strike") && !PLANTED.test(window)
      ? "air_drone_strike"
      : remote;
  const remote = namedWeapon(airborne(WEAPON_ORDER.find((w) => specific.includes(w))));
  // "shelled the base, while the troops there returned fire": two sides firing at each other fight a battle.
  if (remote === "shelling_artillery_missile_attack" && more.foughtBack) return "armed_clash";
  if (remote) return remote;
  // Control of a place taken by force: by the state it is regained, by anyone else overtaken.
  // "captured the camp, which had been abandoned": no fight, so a non-violent transfer, unless fighting is told.
  if (triggers.includes("territory") && more.unopposed && !specific.some((t) => VIOLENT.has(t)) && !more.killed)
    return "non_violent_transfer_of_territory";
  if (triggers.includes("territory")) return territoryType(more.actor1Kind ?? null, more.actor1Country ?? null, more.country ?? null);
  const weapon = airborne(WEAPON_ORDER.find((w) => weapons.includes(w)));
  // Property looted or destroyed, a base set up, a curfew imposed: their own types when no violence is told with them.
  const violent = triggers.some((t) => t === "generic" || t === "strike" || t === "bombing" || VIOLENT.has(t));
  const lesser = specific.find((t) => !VIOLENT.has(t));
  // Unarmed people doing violence, or destroying property, are rioters; at a demonstration, its riot.
  if (more.crowd || specific.includes("mob_violence"))
    return specific.includes("peaceful_protest") ? "violent_demonstration" : "mob_violence";
  if (!violent && lesser) return lesser;
  // "the military bombed a gathering": a state bombs from the air; anyone else with a bomb set off.
  if (triggers.includes("bombing") && !triggers.includes("strike") && !weapon)
    return more.actor1Kind === "state" ? "air_drone_strike" : "remote_explosive_landmine_ied";
  // "clashes with heavy weapons", "the army used helicopters during the fighting": fire from afar
  // named within a fight is part of the battle, unless a word for the strike itself is told.
  if (
    specific.includes("armed_clash") &&
    !triggers.some((t) => t === "strike" || t === "bombing") &&
    (weapon === "shelling_artillery_missile_attack" || weapon === "air_drone_strike")
  )
    return "armed_clash";
  if (triggers.includes("bombing") && weapon) return weapon;
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
  if (more.foughtBack) return "armed_clash";
  if (target?.kind === "civilians") return "attack";
  // "two civilians were killed by army fire": the dead or hurt are unarmed, whoever fired.
  if (more.victims && CIVILIAN_TARGET.test(more.victims) && !ARMED_TARGET.test(more.victims)) return "attack";
  if (target && (target.kind === "state" || target.kind === "armed_group")) return "armed_clash";
  const hit = more.targetWords ?? window;
  if (ARMED_TARGET.test(hit)) return "armed_clash";
  if (CIVILIAN_TARGET.test(hit)) return "attack";
  // An armed group attacking a village or town, no armed side named in it: the people living there were attacked.
  if (more.placeAttacked && more.actor1Kind !== "state") return "attack";
  return "armed_clash";
}
