/**
 * Gathers the spellings and shortenings of each person's name into one group, the same way
 * whatever order the names were seen in. `samePerson` is not transitive ("Wissam Tawil" fits both
 * "Wissam Hassan Tawil" and "Wissam Ali Tawil", which are two men), so names are taken fullest
 * first and each joins the one group whose full name it fits; a name that fits several is not
 * guessed at and stands alone.
 */

import { compareText } from "./compare-text.ts";
import { personNameKey, samePerson } from "./person-name-key.ts";
import { personNameUnits } from "./person-name-units.ts";

/** One person: the canonical (fullest) name and every name seen for them, canonical first. */
export interface PersonNameGroup {
  canonical: string;
  key: string;
  names: string[];
}

/**
 * Groups names (with how often each was seen) into persons. The canonical name is the one with the
 * most name parts; among those, the most frequent, then the first alphabetically.
 */
export function groupPersonNames(counts: ReadonlyMap<string, number>): PersonNameGroup[] {
  const ordered = [...counts.keys()]
    .map((name) => ({ name, parts: personNameUnits(name).length, count: counts.get(name) ?? 0, key: personNameKey(name) }))
    .sort((a, b) => b.parts - a.parts || b.count - a.count || compareText(a.name, b.name));
  const groups: PersonNameGroup[] = [];
  for (const entry of ordered) {
    // The same key is the same name: never two groups for it, even when it fits several others.
    const sameKey = groups.find((group) => group.key === entry.key);
    const fitting = sameKey ? [sameKey] : groups.filter((group) => samePerson(entry.name, group.canonical));
    if (fitting.length === 1) fitting[0]!.names.push(entry.name);
    else groups.push({ canonical: entry.name, key: entry.key, names: [entry.name] });
  }
  return groups;
}
