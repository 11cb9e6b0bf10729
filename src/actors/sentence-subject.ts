/**
 * "CCMSR rebels took control of the area following clashes with the army": when the clause of an
 * incident names nobody acting, the named side written earlier in its sentence, as its subject, is
 * the one that acted, rather than an unidentified group.
 */
import type { ActorValue, Mention, Span } from "../core/model.ts";
import { cannotAct } from "./non-actors.ts";
import { isUnnamedArmedGroup } from "./unnamed-armed-group.ts";

/** Words before a name that make it the object of something, not a subject. */
const NOT_SUBJECT_BEFORE =
  /\b(?:against|on|with|of|targeting|targeted|into|at|from|by|to|and|killed|killing|attacked|hit)\s+(?:the\s+|an?\s+|\d+\s+)?(?:[\w-]+\s+){0,1}$/i;

/** The named side written before `at` in the sentence, as its subject, that is not one of `acted`. */
export function namedSubjectBefore(text: string, mentions: Mention[], sentence: Span, at: number, acted: string[]): Mention | null {
  let found: Mention | null = null;
  for (const m of mentions) {
    if (m.kind !== "actor" || m.span.start < sentence.start || m.span.end > at) continue;
    const actor = m.normalised as ActorValue;
    if (isUnnamedArmedGroup(actor) || cannotAct(actor) || acted.includes(actor.name)) continue;
    if (actor.kind !== "armed_group" && actor.kind !== "state") continue;
    if (NOT_SUBJECT_BEFORE.test(text.slice(Math.max(sentence.start, m.span.start - 30), m.span.start))) continue;
    found ??= m;
  }
  return found;
}
