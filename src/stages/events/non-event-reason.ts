import type { Sentence } from "../../core/document.ts";
import type { Mention } from "../../core/model.ts";
import type { TimeExpression } from "../dates/find-time-expressions.ts";
import { needsUnicode, NON_EVENT } from "./cue-lexicons.ts";
import { joinedPattern } from "./joined-pattern.ts";
import { clauseAround } from "./clause-bounds.ts";
import type { PlaceMention } from "./read-observations.ts";

/** The perfect tense with a single act as its object: not a tally. */
const SINGLE_ACT_PERFECT = /\b(?:have|has)\s+(?:carried out|conducted|launched)\s+(?:a|an)\s/i;

/**
 * "despite a ceasefire agreed in November", "in violation of the truce", "since the cessation of
 * hostilities": an agreement the sentence holds up as background to something else, not one made.
 */
export const BACKGROUND_AGREEMENT_BEFORE =
  /\b(?:despite|in spite of|in (?:violation|breach|defiance) of|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|break(?:s|ing)?|broke|since)\s+(?:(?:an?|the|its|their|this|that|last|[\p{Lu}][\p{L}]*['’]s)\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu;

/**
 * "filed charges of rape", "convicted of murder", "accused of kidnapping": an act named as what a
 * court or an accuser holds against someone, not told as an incident.
 */
export const NAMED_AS_CHARGE_BEFORE =
  /\b(?:charges? of|charged with|convicted of|acquitted of|accused of|guilty of|(?:on )?trial for|sentenced for|indicted for|conviction for)\s+(?:(?:and|other|acts?|of|the|alleged|attempted|[\w-]+ing)\s+){0,4}$/i;

const CUES_IN_SENTENCE = new WeakMap<Sentence, typeof NON_EVENT>();

/** All non-event cues at once, to pass over the many sentences that hold none. */
const ANY_NON_EVENT_SOURCE = joinedPattern(NON_EVENT.map((c) => c.re.source));

const ANY_NON_EVENT = new RegExp(ANY_NON_EVENT_SOURCE, needsUnicode(ANY_NON_EVENT_SOURCE) ? "iu" : "i");

/** Cues that bind only the clause they stand in; the others colour the whole sentence. */
const CLAUSE_SCOPED = new Set(["future", "conditional", "background", "tally", "denial", "strike_action"]);

/**
 * Why a trigger names no concrete incident: a period over the whole sentence ("over the past
 * year"), or a threat, plan, history or tally in the trigger's own clause ("strikes were
 * imminent"), not in a neighbouring one ("..., as the group's resurgence threatens the region").
 */
export function triggerNonEventReason(
  text: string,
  sentence: Sentence,
  times: TimeExpression[],
  trigger: { start: number },
): string | null {
  // "Over the past year, militants attacked…": a period before the trigger, or in its clause, makes
  // it a tally; one after it in another clause ("…agreed to stop fighting in the two-year war") does not.
  const periods = times.filter((t) => t.period);
  if (periods.length > 0) {
    const clause = clauseAround(text, sentence, trigger.start);
    if (periods.some((t) => t.span.start < trigger.start || t.span.start < clause.end)) return "period";
  }
  // Only cues found somewhere in the sentence need a look at the trigger's clause.
  let inSentence = CUES_IN_SENTENCE.get(sentence);
  if (!inSentence) {
    inSentence = !ANY_NON_EVENT.test(sentence.text)
      ? []
      : NON_EVENT.filter((cue) => {
          cue.re.lastIndex = 0;
          return cue.re.test(sentence.text);
        });
    CUES_IN_SENTENCE.set(sentence, inSentence);
  }
  if (inSentence.length === 0) return null;
  const clause = clauseAround(text, sentence, trigger.start);
  const words = text.slice(clause.start, clause.end);
  const days = times.filter((t) => t.value?.precision === "day" && !t.vague && !t.period && !t.relative);
  for (const cue of inSentence) {
    // Threats and conditions bind their own clause; tallies and history colour the whole sentence.
    // "have arrested X on August 7": the perfect tense with a day is one incident, not a tally.
    if (cue.value === "tally" && times.some((t) => t.value?.precision === "day")) continue;
    // "has carried out a fresh attack": one act, told in the perfect tense.
    if (cue.value === "tally" && SINGLE_ACT_PERFECT.test(sentence.text)) continue;
    // "On 3 May, the governor declared a curfew, as the region has been restive since 2017": a
    // sentence that fixes its day tells one incident; a period elsewhere in it is background.
    const clauseOnly = CLAUSE_SCOPED.has(cue.value) || (cue.value === "aggregate" && days.length > 0);
    const scope = clauseOnly ? words : sentence.text;
    cue.re.lastIndex = 0;
    if (cue.re.test(scope)) return cue.value;
  }
  return null;
}

/** "four years ago", "a year ago": years back from the day the article appeared, whichever it was. */
const YEARS_AGO = /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+years?\s+ago\b/i;

/**
 * True when the trigger's clause dates it by a year alone, a year before the one the article speaks
 * from, in a sentence that names no town: background history, not an incident being reported.
 */
export function pastYearOnly(
  text: string,
  sentence: Sentence,
  times: Array<Mention & { normalised: TimeExpression }>,
  trigger: { start: number },
  published: string | null,
  places: PlaceMention[],
): boolean {
  const clause = clauseAround(text, sentence, trigger.start);
  // "killed four years ago" in an article that gives no day of its own: years before whatever day it appeared.
  if (!published) {
    const told = times.filter((m) => m.span.start < clause.end && m.span.end > clause.start);
    return (
      told.length > 0 &&
      told.every((m) => !m.normalised.value && YEARS_AGO.test(m.text)) &&
      !places.some((m) => m.normalised.precision === "exact" || m.normalised.precision === "near")
    );
  }
  const inClause = times.filter((m) => m.normalised.value && m.span.start < clause.end && m.span.end > clause.start);
  if (inClause.length === 0 || inClause.some((m) => m.normalised.value!.precision !== "year")) return false;
  if (!inClause.every((m) => m.normalised.value!.start.slice(0, 4) < published.slice(0, 4))) return false;
  // "killed in a drone strike in Baghdad in 2020": a past incident told with a town in its sentence is still one incident.
  return !places.some((m) => m.normalised.precision === "exact" || m.normalised.precision === "near");
}
