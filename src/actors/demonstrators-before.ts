/**
 * "Several hundred teachers marched", "farmers peacefully rallied": when no actor was read for a
 * demonstration, the people it names are the plural noun written just before its verb, which is
 * where a demonstration's doers stand in a sentence; never the verb itself.
 */
import type { Span } from "../core/model.ts";

/** Adverbs that may stand between the demonstrators and their verb. */
const ADVERB = String.raw`(?:peacefully|also|again|later|then|briefly|silently|angrily|once more|have|had|who)`;
/** Plural words ending in s that are no people: auxiliaries, pronouns and function words. */
const NOT_PEOPLE =
  /^(?:is|was|has|does|this|its|his|hers|theirs|ours|yours|us|as|thus|always|perhaps|towards|afterwards|sometimes|days|weeks|months|years|hours|times)$/i;
/** A plural noun (or a collective one) directly before `at`, with at most one adverb between. */
const NOUN_BEFORE = new RegExp(
  String.raw`(?<![\p{L}'’-])(\p{Ll}[\p{Ll}-]*s|people|youths?|men|women|children|crowds?)\s+(?:${ADVERB}\s+)?$`,
  "u",
);

/** The span of the demonstrators named just before the verb at `trigger`, or null. */
export function demonstratorsBefore(text: string, trigger: Span): Span | null {
  const before = text.slice(Math.max(0, trigger.start - 60), trigger.start);
  const m = NOUN_BEFORE.exec(before);
  if (!m || NOT_PEOPLE.test(m[1]!)) return null;
  const start = trigger.start - before.length + m.index;
  return { start, end: start + m[1]!.length };
}
