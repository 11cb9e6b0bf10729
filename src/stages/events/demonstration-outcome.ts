import { DEMONSTRATION_OUTCOMES, findCues, type DemonstrationOutcome } from "./cue-lexicons.ts";
import type { EventType } from "../../core/event-types.ts";

/** The weight of each outcome: the demonstrators' own violence outranks force used on them, which outranks an arrest. */
const WEIGHT: Record<DemonstrationOutcome, number> = { violent: 3, excessive_force: 2, intervention: 1 };

/**
 * A denial just before an outcome's words ("no arrests were made", "without any violence", "did
 * not disperse"): what the text says did not happen did not happen.
 */
const DENIED_BEFORE = /\b(?:no|not|never|without|nor|neither)\s+(?:any\s+|an?\s+|further\s+|immediate\s+|reported\s+)?$/i;

/**
 * What happened at a demonstration, read from the words that tell of it: the heaviest outcome
 * named, or null when nothing but the demonstration itself is told.
 */
export function demonstrationOutcome(text: string): DemonstrationOutcome | null {
  let best: DemonstrationOutcome | null = null;
  for (const cue of findCues(DEMONSTRATION_OUTCOMES, text, 0, text.length)) {
    if (DENIED_BEFORE.test(text.slice(Math.max(0, cue.start - 30), cue.start))) continue;
    if (!best || WEIGHT[cue.value] > WEIGHT[best]) best = cue.value;
  }
  return best;
}

/**
 * The sub-event type of a demonstration, as the codebook sets it: a riot when its demonstrators
 * used violence, excessive force when lethal force met peaceful demonstrators, an intervention
 * when they were dispersed or arrested, else peaceful.
 */
export function demonstrationType(text: string, rioters: boolean): EventType {
  const outcome = demonstrationOutcome(text);
  if (rioters || outcome === "violent") return "violent_demonstration";
  if (outcome === "excessive_force") return "excessive_force_against_protesters";
  if (outcome === "intervention") return "protest_with_intervention";
  return "peaceful_protest";
}
