/**
 * The actor kinds a user names in a filter (`--actor-kind`, `actor_kind=`): Sitrep's own kind slugs
 * ("state", "armed_group", "civilians"), ACLED's actor types ("State forces", "Political militia")
 * and the plain words in actor-kind-names.tsv, in any case; several separated by commas.
 */

import { readTsv } from "../core/data-file.ts";
import type { ActorKind } from "../core/model.ts";

/** A record rather than a list so that the compiler tells when a kind is added to the model. */
const KINDS: Record<ActorKind, true> = {
  state: true,
  armed_group: true,
  person: true,
  organisation: true,
  civilians: true,
  protesters: true,
  other: true,
};
export const ACTOR_KINDS = Object.keys(KINDS) as [ActorKind, ...ActorKind[]];

function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\s]+/g, " ")
    .trim();
}

let names: Array<{ name: string; kinds: ActorKind[] }> | null = null;

function load(): Array<{ name: string; kinds: ActorKind[] }> {
  names ??= readTsv(new URL("actor-kind-names.tsv", import.meta.url)).map(([name, kinds]) => {
    const list = kinds!.split(",").map((k) => k.trim());
    const unknown = list.find((k) => !(k in KINDS));
    if (unknown) throw new Error(`actor-kind-names.tsv: unknown kind "${unknown}" for "${name}"`);
    return { name: name!, kinds: list as ActorKind[] };
  });
  return names;
}

/** The kinds `text` names (one name, or several separated by commas), or null when any part names none. */
export function resolveActorKinds(text: string): ActorKind[] | null {
  const parts = text
    .split(",")
    .map((p) => key(p))
    .filter(Boolean);
  if (parts.length === 0) return null;
  const found = new Set<ActorKind>();
  for (const part of parts) {
    const slug = ACTOR_KINDS.find((k) => key(k) === part);
    const kinds = slug ? [slug] : load().find((n) => key(n.name) === part)?.kinds;
    if (!kinds) return null;
    kinds.forEach((k) => found.add(k));
  }
  return [...found];
}

/** What an actor-kind filter accepts: the slugs, then the other names with the kinds they stand for. */
export function actorKindFilterHelp(): string {
  const others = load().map((n) => `${n.name} (${n.kinds.join(", ")})`);
  return `an actor kind: ${ACTOR_KINDS.join(", ")}; or ${others.join(", ")}; several separated by commas`;
}
