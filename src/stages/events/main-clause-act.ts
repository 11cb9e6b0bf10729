import type { Observation } from "./read-observations.ts";

/** Words by which a clause names an earlier incident as the reason or time of its own act. */
const POINTS_BACK =
  /\b(?:in retaliation for|in response to|in revenge for|to avenge|retaliating for|responding to|after|following|days? after|weeks? after)\s+(?:[\w'’-]+\s+){0,3}$/i;

/**
 * "Jets struck X in retaliation for the ambush on Monday, killing 12 militants": a participle after
 * an incident named only as the reason for the sentence's act tells what that act did, not what
 * the incident pointed back to did. Returns the act (the observation written before the pointing
 * words in the same sentence), or null when the participle's verb before it is no such reference.
 */
export function mainClauseAct(observations: Observation[], i: number, text: string): Observation | null {
  const o = observations[i]!;
  const prev = observations[i - 1];
  if (!prev || !prev.definite || prev.sentence !== o.sentence) return null;
  for (let j = i - 2; j >= 0; j--) {
    const main = observations[j]!;
    if (main.sentence !== o.sentence) return null;
    if (main.definite) continue;
    return POINTS_BACK.test(text.slice(main.trigger.end, prev.trigger.start)) ? main : null;
  }
  return null;
}

/** Words before an incident's name that make it the reason or time of something else. */
const ANOTHER_BEFORE =
  /\b(?:after|following|since|before|in retaliation for|in response to|in revenge for|to avenge|responsible for|behind)\b/i;

/**
 * "In the ambush near X on Monday, eight soldiers were killed": a toll with no day or place of its
 * own, written after the incident its sentence names as its setting, is that incident's toll.
 */
export function tollOfNamedIncident(prev: Observation, o: Observation, text: string): boolean {
  if (!prev.definite || prev.sentence !== o.sentence || o.casualties.length === 0) return false;
  if (o.time || o.relative || o.unresolvedWhen || o.place) return false;
  return !ANOTHER_BEFORE.test(text.slice(o.sentence.span.start, prev.trigger.start));
}
