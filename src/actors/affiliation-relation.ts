/**
 * A person actor whose value states an affiliation ("Wissam Tawil (Hezbollah affiliate)") already
 * carries a relation: the registry records it as `affiliated_with`, with the sighting's evidence,
 * instead of keeping it in the person's name.
 */

import type { ActorValue, EvidenceSpan, StatedActorRelation } from "../core/model.ts";
import { canonicalGroupName } from "./canonical-group-name.ts";
import { personAffiliation, splitPersonActorName } from "./person-actor-name.ts";

/** `affiliated_with` from a person actor to the group it is stated to belong to, or null when none is stated. */
export function affiliationRelation(actor: ActorValue, evidence: EvidenceSpan): StatedActorRelation | null {
  if (actor.kind !== "person") return null;
  const affiliation = personAffiliation(actor);
  if (!affiliation) return null;
  return {
    from: splitPersonActorName(actor.name).name,
    to: canonicalGroupName(affiliation),
    relation: "affiliated_with",
    evidence: { start: evidence.start, end: evidence.end, text: evidence.text },
  };
}
