/**
 * Protests and riots are coded the way coders code them: actor1 is the demonstrators of the
 * country ("Protesters (Bangladesh)", "Rioters (Nigeria)"), whoever the sentence put first;
 * actor2 is the force that intervened ("Police Forces of Bangladesh") or, for a mob, the people it
 * attacked ("Civilians (Nigeria)"). This holds when the demonstrators are the victims too: with
 * excessive force against protesters, the protesters stay actor1 and the force is actor2.
 */
import { familyOf, type EventType } from "../core/event-types.ts";
import type { ActorValue } from "../core/model.ts";
import { peopleActor, stateActor } from "./state-actor-names.ts";
import { isUnnamedArmedGroup } from "./unnamed-armed-group.ts";

/** Words saying a state force stepped in, when the text does not say whose. */
const INTERVENTION_WORDS =
  /\b(?:police|policemen|officers|security forces|riot|tear ?gas|teargas|dispersed?|baton|live (?:rounds|ammunition|bullets)|rubber bullets|water cannons?|arrested|detained)\b/i;
const SOLDIER_WORDS = /\b(?:soldiers|troops|army|military)\b/i;
/** Words saying force was used on or by the demonstrators. */
const FORCE_USED =
  /\b(?:tear ?gas|teargas|dispers\w*|batons?|baton-charged|fired|opened fire|shot|stabbed|beat|beaten|attacked|clashed|arrest\w*|detain\w*|rubber bullets|live (?:rounds|bullets|ammunition)|water cannons?)\b/i;

/** The sides of a demonstration event, or null for any other type (their actors stand as read). */
export function demonstrationActors(
  type: EventType,
  country: string | null,
  read: { actor1: ActorValue | null; actor2: ActorValue | null },
  text: string,
): { actor1: ActorValue; actor2: ActorValue | null } | null {
  const family = familyOf(type);
  if (family !== "protests" && family !== "riots") return null;
  const c = country ?? read.actor1?.country ?? read.actor2?.country ?? null;
  const actor1 = peopleActor(c, family === "protests" ? "protesters" : "rioters");
  // The side that met the demonstrators as the text names it, whichever slot word order put it in:
  // a state force, else armed men nobody named, else the police the text implies.
  const read2 = [read.actor1, read.actor2];
  const state = read2.find((a) => a?.kind === "state") ?? null;
  const unnamed = read2.find((a) => a && isUnnamedArmedGroup(a)) ?? null;
  const counterpart = (): ActorValue | null => {
    if (state) return state;
    if (unnamed) return unnamed.country ? unnamed : peopleActor(c, "unidentified");
    if (!c) return null;
    if (SOLDIER_WORDS.test(text) && !/\bpolice/i.test(text)) return stateActor(c, "military");
    return INTERVENTION_WORDS.test(text) ? stateActor(c, "police") : null;
  };
  switch (type) {
    case "peaceful_protest":
      // Peaceful as typed; but when the text tells of force, the side that used it is named.
      return { actor1, actor2: FORCE_USED.test(text) ? counterpart() : null };
    case "protest_with_intervention":
    case "excessive_force_against_protesters":
      return { actor1, actor2: counterpart() };
    case "mob_violence": {
      // The people the mob attacked: a named person or a force when said, else civilians of the country.
      const victim = [read.actor2, read.actor1].find((a) => a && (a.kind === "person" || a.kind === "state")) ?? null;
      return { actor1, actor2: victim ?? peopleActor(c, "civilians") };
    }
    default: {
      // A violent demonstration: the force that met it, if any; or the people it hurt.
      const hurt = read2.some((a) => a?.kind === "civilians");
      return { actor1, actor2: (FORCE_USED.test(text) ? counterpart() : null) ?? (hurt ? peopleActor(c, "civilians") : null) };
    }
  }
}
