/**
 * Relations are read with actors named as the article writes them ("Wissam Tawil", "ISIS"); the
 * actor network needs them between registry entries. A name that fits no entry, or several (a
 * shortened name that fits two people), keeps its words and no id rather than a guessed one.
 */

import type { StatedActorRelation } from "../core/model.ts";
import { actorByAliasOrName } from "./actor-lexicon.ts";
import type { RegistryActor } from "./actor-registry.ts";
import { compareText } from "./compare-text.ts";
import { personNameKey, samePerson } from "./person-name-key.ts";
import { splitPersonActorName } from "./person-actor-name.ts";

/** A relation as read from one article. */
export interface SourcedRelation extends StatedActorRelation {
  articleId: string;
}

/** A relation with its ends found in the registry (null: not there, or not one entry). */
export interface RegistryRelation extends SourcedRelation {
  fromId: string | null;
  toId: string | null;
}

/** The one registry actor a name stands for: its canonical name, a lexicon alias of it, a recorded alias, or (for people) the same person. */
export function findRegistryActor(actors: readonly RegistryActor[], name: string): RegistryActor | null {
  const bare = splitPersonActorName(name).name;
  const exact = actors.filter((a) => a.name === bare);
  // A group and a person of one name: the group, as names of groups are exact and people's are not.
  if (exact.length > 0) return exact.find((a) => a.kind !== "person") ?? exact[0]!;
  const canonical = actorByAliasOrName(bare)?.name;
  const known = canonical ? actors.find((a) => a.kind !== "person" && a.name === canonical) : undefined;
  if (known) return known;
  const aliased = actors.filter((a) => a.aliases.includes(bare));
  if (aliased.length === 1) return aliased[0]!;
  const key = personNameKey(bare);
  const people = actors.filter((a) => a.kind === "person" && samePerson(bare, a.name));
  const sameKey = people.filter((a) => personNameKey(a.name) === key);
  if (sameKey.length === 1) return sameKey[0]!;
  return people.length === 1 ? people[0]! : null;
}

function relationKey(r: RegistryRelation): string[] {
  return [
    r.fromId ?? r.from,
    r.relation,
    r.toId ?? r.to,
    r.articleId,
    String(r.evidence.start).padStart(12, "0"),
    String(r.evidence.end).padStart(12, "0"),
  ];
}

/**
 * Finds both ends of each relation in the registry (`fromIds` may fix the from end when the
 * caller already knows it, by the relation's index). Drops repeats of one statement; sorted by
 * ends, relation, article and evidence, so the output does not depend on input order.
 */
export function resolveRelations(
  actors: readonly RegistryActor[],
  relations: readonly SourcedRelation[],
  fromIds: ReadonlyMap<number, string> = new Map(),
): RegistryRelation[] {
  const byKey = new Map<string, RegistryRelation>();
  relations.forEach((relation, index) => {
    const resolved: RegistryRelation = {
      ...relation,
      evidence: { ...relation.evidence },
      fromId: fromIds.get(index) ?? findRegistryActor(actors, relation.from)?.id ?? null,
      toId: findRegistryActor(actors, relation.to)?.id ?? null,
    };
    const key = relationKey(resolved).join("\u0000");
    const kept = byKey.get(key);
    // One statement read twice under two spellings: keep the same one whatever the input order.
    if (!kept || compareText(`${resolved.from}\u0000${resolved.to}`, `${kept.from}\u0000${kept.to}`) < 0) byKey.set(key, resolved);
  });
  return [...byKey.entries()].sort(([a], [b]) => compareText(a, b)).map(([, relation]) => relation);
}
