/**
 * Registry ids come from what an actor is (its kind and canonical key), never from the order its
 * sightings arrived in, so the same articles give the same ids whichever is read first.
 */

import { createHash } from "node:crypto";
import type { ActorKind } from "../core/model.ts";

/** "act_" and the first 12 hex digits of sha256 over the kind and the canonical key. */
export function actorId(kind: ActorKind, key: string): string {
  return "act_" + createHash("sha256").update(`${kind}\u0000${key}`).digest("hex").slice(0, 12);
}
