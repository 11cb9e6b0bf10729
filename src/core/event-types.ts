/** ACLED sub-event types as slugs, grouped by their event type (the "family"). */
export const EVENT_FAMILIES = {
  battles: ["armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"],
  remote: [
    "chemical_weapon",
    "air_drone_strike",
    "suicide_bomb",
    "shelling_artillery_missile_attack",
    "remote_explosive_landmine_ied",
    "grenade",
  ],
  civilians: ["sexual_violence", "attack", "abduction_forced_disappearance"],
  protests: ["peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"],
  riots: ["violent_demonstration", "mob_violence"],
  strategic: [
    "agreement",
    "arrests",
    "change_to_group_activity",
    "disrupted_weapons_use",
    "headquarters_or_base_established",
    "looting_property_destruction",
    "non_violent_transfer_of_territory",
    "other",
  ],
} as const;

export type EventFamily = keyof typeof EVENT_FAMILIES;
export type EventType = (typeof EVENT_FAMILIES)[EventFamily][number];

const FAMILY_OF = new Map<string, EventFamily>();
for (const [family, types] of Object.entries(EVENT_FAMILIES) as [EventFamily, readonly string[]][]) {
  for (const t of types) FAMILY_OF.set(t, family);
}

/** The family (ACLED event type) of a sub-event slug. */
export function familyOf(type: EventType): EventFamily {
  return FAMILY_OF.get(type) ?? "strategic";
}

/** True when `s` is one of the 25 sub-event slugs. */
export function isEventType(s: string): s is EventType {
  return FAMILY_OF.has(s);
}

/** ACLED's human-readable names, for the CSV export and tables. */
export const EVENT_TYPE_LABELS: Record<EventFamily, string> = {
  battles: "Battles",
  remote: "Explosions/Remote violence",
  civilians: "Violence against civilians",
  protests: "Protests",
  riots: "Riots",
  strategic: "Strategic developments",
};

/** ACLED's names of the sub-event types, for the CSV export and the web view. */
export const SUB_EVENT_LABELS: Record<EventType, string> = {
  armed_clash: "Armed clash",
  government_regains_territory: "Government regains territory",
  non_state_actor_overtakes_territory: "Non-state actor overtakes territory",
  chemical_weapon: "Chemical weapon",
  air_drone_strike: "Air/drone strike",
  suicide_bomb: "Suicide bomb",
  shelling_artillery_missile_attack: "Shelling/artillery/missile attack",
  remote_explosive_landmine_ied: "Remote explosive/landmine/IED",
  grenade: "Grenade",
  sexual_violence: "Sexual violence",
  attack: "Attack",
  abduction_forced_disappearance: "Abduction/forced disappearance",
  peaceful_protest: "Peaceful protest",
  protest_with_intervention: "Protest with intervention",
  excessive_force_against_protesters: "Excessive force against protesters",
  violent_demonstration: "Violent demonstration",
  mob_violence: "Mob violence",
  agreement: "Agreement",
  arrests: "Arrests",
  change_to_group_activity: "Change to group/activity",
  disrupted_weapons_use: "Disrupted weapons use",
  headquarters_or_base_established: "Headquarters or base established",
  looting_property_destruction: "Looting/property destruction",
  non_violent_transfer_of_territory: "Non-violent transfer of territory",
  other: "Other",
};
