/**
 * The role nouns of relation-roles.tsv ("commander", "member", "supporter"...) and the relation
 * each one states. Kept as data: which nouns count, and what they mean, is a coding decision that
 * should be read and changed in one place.
 */

import { readTsv } from "../core/data-file.ts";
import { ACTOR_RELATION_KINDS, type ActorRelationKind as RelationKind } from "../core/model.ts";

const KINDS: ReadonlySet<string> = new Set<RelationKind>(ACTOR_RELATION_KINDS);

const ROLES = new Map<string, RelationKind>();
for (const [role, relation] of readTsv(new URL("./relation-roles.tsv", import.meta.url))) {
  if (!role || !relation || !KINDS.has(relation)) throw new Error(`relation-roles.tsv: bad row for "${role}"`);
  ROLES.set(role.toLowerCase(), relation as RelationKind);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A regular expression source matching any role noun as a whole word, with its first letter in
 * either case ("commander", "Commander"); longest first, so "commander-in-chief" wins over "commander".
 */
export const ROLE_SOURCE = `(?:${[...ROLES.keys()]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map((role) => `[${role[0]!.toUpperCase()}${role[0]}]${escape(role.slice(1))}`)
  .join("|")})(?![\\p{L}-])`;

/** The relation a role noun states, or null when it is not one. */
export function roleRelation(role: string): RelationKind | null {
  return ROLES.get(role.toLowerCase()) ?? null;
}
