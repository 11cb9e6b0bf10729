import type { Sentence } from "../../core/document.ts";
import type { Mention } from "../../core/model.ts";
import type { TimeExpression } from "../dates/find-time-expressions.ts";

type TimeMention = Mention & { normalised: TimeExpression };

/** Words that may stand before a date opening a sentence: "On 3 May", "Late on Monday", "Early in March". */
const OPENING = /^[\s"“'(]*(?:(?:late|early)\s+)?(?:(?:on|in|at|by|during)\s+)?$/i;

/**
 * The date a sentence opens with when it tells no incident of its own ("12 May 2021.", "On 3 May,
 * troops entered the town."): the day the sentences after it speak of, until one names its own.
 * Null when the sentence does not open with a date that fixes a time.
 */
export function settingTime(text: string, sentence: Sentence, times: TimeMention[]): TimeMention | null {
  const first = times.find((m) => m.span.start >= sentence.span.start && m.span.end <= sentence.span.end);
  if (!first) return null;
  const t = first.normalised;
  if (!t.value || t.vague || t.period || t.relative) return null;
  return OPENING.test(text.slice(sentence.span.start, first.span.start)) ? first : null;
}
