/**
 * Perpetrators the text does not name ("gunmen", "militants", "insurgents") are coded, as coders
 * do, to an unidentified armed group of the country the event is in: "Unidentified Armed Group
 * (India)". Militants in Manipur are not jihadists: only an article that itself calls the
 * attackers jihadist or Islamist gets "Jihadist militants (Niger)".
 */
import type { ActorValue } from "../core/model.ts";
import { isCountryBound, namesakes } from "./actor-lexicon.ts";
import { actorCountryName, nearby, peopleActor, stateActor } from "./state-actor-names.ts";

/** The lexicon's names for perpetrators nobody named, before the country is known. */
export const UNNAMED_GROUP = "Unidentified armed group";
export const UNNAMED_JIHADISTS = "Jihadist militants";

/** True for an actor that stands for an armed group nobody named, with or without its country. */
export function isUnnamedArmedGroup(actor: ActorValue | null | undefined): boolean {
  if (!actor) return false;
  const n = actor.name.toLowerCase();
  // "Unidentified Gang (Haiti)", "Unidentified Clan Militia (Somalia)": unnamed too.
  return n.startsWith("unidentified ") || n.startsWith("jihadist militants");
}

/** Where the event's country goes in a community militia's name: "Fulani Ethnic Militia ({country})". */
export const COUNTRY_SLOT = "({country})";

/** A community militia's name with the event's country filled in, or without the slot when the country is unknown. */
export function communityMilitia(actor: ActorValue, country: string | null): ActorValue {
  const name = country ? actor.name.replace(COUNTRY_SLOT, `(${actorCountryName(country)})`) : actor.name.replace(` ${COUNTRY_SLOT}`, "");
  return { ...actor, name, country };
}

/** The article calls the armed men jihadist or Islamist: "jihadist groups", "jihadi insurgency", "Islamist militants". */
const JIHADIST_WORD = /\b(?:jihad(?:ist|i)s?|Islamist)\b/i;

/**
 * Munitions a war left behind (unexploded shells, UXO): who fired them is unknown, but they were a
 * military's, and coders name "Unidentified Military Forces" for them.
 */
const LEFTOVER_ORDNANCE =
  /\b(?:(?:unexploded|abandoned|leftover|left-over|discarded) (?:[\w-]+ )?(?:ordnance|shells?|bombs?|munitions?|ammunition|rockets?|mortar rounds?|projectiles?|cluster (?:munitions?|bomblets?))|UXOs?|explosive remnants? of war|remnants? of war)\b/i;

/** The perpetrator nobody named of an explosion of munitions a war left behind, or null when the text tells of none. */
export function leftoverOrdnanceForces(country: string | null, sentence: string): ActorValue | null {
  if (!LEFTOVER_ORDNANCE.test(sentence)) return null;
  return {
    name: country ? `Unidentified Military Forces (${actorCountryName(country)})` : "Unidentified Military Forces",
    kind: "other",
    country,
  };
}

/** The unnamed group of `country`, jihadist when the text says so. */
export function unnamedArmedGroup(country: string | null, text: string): ActorValue {
  if (JIHADIST_WORD.test(text))
    return { name: country ? `${UNNAMED_JIHADISTS} (${actorCountryName(country)})` : UNNAMED_JIHADISTS, kind: "armed_group", country };
  return peopleActor(country, "unidentified");
}

/**
 * An actor as it stands for an event in `country`: an unnamed group gets the country; a group read
 * from a descriptive or ambiguous alias ("Maoists", "rangers", "SNA") names that group only in its
 * own country or a neighbouring one, elsewhere a namesake of that country or else an unnamed group.
 * Talks and deals are held abroad ("signed a truce in Jeddah"): only violence is placed so.
 */
export function placeUnnamed(actor: ActorValue, country: string | null, text: string, violence = true): ActorValue {
  // "Fulani herdsmen", "clan militia": a community's militia, named by the country it acts in.
  if (actor.name.includes(COUNTRY_SLOT)) return communityMilitia(actor, country);
  if (isUnnamedArmedGroup(actor)) return actor.country ? actor : unnamedArmedGroup(country, text);
  if (!country || !actor.country || !isCountryBound(actor)) return actor;
  const all = [actor, ...namesakes(actor)];
  const own = all.find((n) => n.country === country);
  if (own || !violence) return own ?? actor;
  // "regime forces", "rangers": a state's forces named by what they are, read in another state, are that state's own.
  if (actor.kind === "state") return stateActor(country, "military");
  return all.find((n) => n.country && nearby(n.country, country)) ?? unnamedArmedGroup(country, text);
}
