/**
 * A person actor carries its stated affiliation in its name ("Wissam Tawil (Hezbollah affiliate)",
 * see `personActor` in the person finder), so that an event reads well on its own. The registry
 * wants the person and the affiliation apart: the same man is named with and without it.
 */

import type { ActorValue } from "../core/model.ts";

const AFFILIATE_SUFFIX = /\s*\(([^()]*?)\s+affiliate\)\s*$/;
const AFFILIATE_WORD = /\s+affiliate$/;

/** A person's name without the " (X affiliate)" suffix, and X when there is one. */
export function splitPersonActorName(name: string): { name: string; affiliation: string | null } {
  const match = AFFILIATE_SUFFIX.exec(name);
  if (!match) return { name: name.trim(), affiliation: null };
  return { name: name.slice(0, match.index).trim(), affiliation: match[1]!.trim() || null };
}

/** The group a person actor is affiliated with: the `affiliation` field first, else the name's suffix. */
export function personAffiliation(actor: ActorValue): string | null {
  const stated = actor.affiliation?.replace(AFFILIATE_WORD, "").trim();
  return stated || splitPersonActorName(actor.name).affiliation;
}
