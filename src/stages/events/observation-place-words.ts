import { PLACE_RANK } from "../../core/model.ts";
import type { PlaceMention } from "./read-observations.ts";
import { reportingVerbs } from "../reporting-verbs.ts";

export const MOTION_BEFORE = /\b(?:into|from|toward|towards|fled to|back to|returned to|crossed to)\s+(?:the\s+)?(?:neighbou?ring\s+)?$/i;

/** People or forces "from" a place, or fire launched from it: their origin, not the incident's place. */
export const ORIGIN_BEFORE =
  /\b(?:(?:forces|fighters|troops|militants|rebels|soldiers|residents|people|men|groups?|delegations?|officials?|negotiators|representatives|refugees|migrants|travell?ing|heading|driving|returning)\s+from|(?:fired|firing|launched|launching|lobbed|shot|rockets?|missiles?|drones?|shells?|mortars?|projectiles?)\s+(?:[\w-]+\s+){0,3}?from)\s+(?:the\s+)?$/i;

/** An office held for a place ("mayor of", "governor of"): the place names the office, not the incident. */
const TITLE_OF_BEFORE =
  /\b(?:mayor|vice[- ]mayor|governor|vice[- ]governor|councill?or|senator|congressman|congresswoman|lawmaker|MP|chairman|chairperson|commissioner|prefect|administrator|sheriff|bishop|mufti|emir|sultan)\s+(?:of|for)\s+(?:the\s+)?$/i;

/**
 * "a bus to Kramatorsk", "the road to Kidal", "heading for Goma", "travelling from Gao toward
 * Kidal": where people were going or coming from, not where it happened.
 */
export const DESTINATION_BEFORE =
  /\b(?:(?:bus(?:es)?|coach|minibus|train|flight|ferry|boat|truck|lorry|convoy|road|highway|route|journey|trip|way)\s+(?:to|towards?)|(?:heading|headed|travell?ing|driving|going|returning|en route|bound|moving)\s+(?:from\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}?)?(?:to|for|towards?|from))\s+(?:the\s+)?$/iu;

/** "Pakistan air strikes", "Russian shelling": a country written right before the act is the side that acted, not the place. */
export const ACT_AFTER = /^(?:['’]s)?\s+(?:(?!(?:fighters|militants|rebels|gunmen|militias?|groups?|proxies|allies)\b)[\p{L}-]+\s+)?$/iu;

/** "a Pakistan security official said", "Afghan authorities": a country named for whose people speak or act, not where it happened. */
export const OWNER_AFTER =
  /^(?:['’]s)?\s+(?:[\p{L}-]+\s+)?(?:officials?|spokes(?:man|woman|person)|ministers?|ministry|envoy|sources?|authorities|government|diplomats?|ambassador|embassy|president|prime minister|army|military|troops|forces|police|intelligence)\b/iu;

/** "in Sudan fighting", "across Syria": a preposition makes the country the place after all. */
export const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|across|into|inside|of|from|on|over|throughout)\s+(?:the\s+)?$/i;

/** "near the Afghan border", "the Syria-Turkey frontier": a country named for its border says nothing of which side the incident was on. */
export const BORDER_BEFORE = /\b(?:border|frontier|boundary)\s+(?:between|of)\s+(?:the\s+)?(?:\S+\s+and\s+(?:the\s+)?)?$/i;

export const BORDER_AFTER = /^(?:[-–](?:[\p{L}]+))?\s+(?:border|frontier|boundary)\b/iu;

/** Speaking and its venues: a place after these, in the same stretch, is where something was said. */
const SPEAKING = new RegExp(
  String.raw`\b(?:${reportingVerbs("where-said")}|briefing|parley|press conference|news conference|interview)\b(?:[^.;!?,]*\s(?:at|in)\s(?:the\s)?[^.;!?,]*)?\s(?:in|at)\s(?:the\s)?$`,
  "i",
);

/** True when the place at `at` is where something was said, not where the trigger's incident happened. */
export function whereSaid(text: string, from: number, at: number, trigger: { start: number; end: number }): boolean {
  const m = SPEAKING.exec(text.slice(from, at));
  if (!m) return false;
  const cue = from + m.index;
  // "said the strike hit Aleppo": the incident's own words stand between the speaking and the place.
  return !(trigger.start >= cue && trigger.end <= at);
}

/**
 * The place nearest the trigger word governs it ("arrested in Kogi State" over "told editors in
 * Abuja"); coarse places weigh less, and so does a place in someone's title ("the former vice
 * mayor of Ozamiz City").
 */
export function placeDistance(text: string, p: PlaceMention, t: { start: number; end: number }, start: number): number {
  return (
    (p.span.start >= t.end ? p.span.start - t.end : t.start - p.span.end + 40) +
    (PLACE_RANK[p.normalised.precision] >= 2 ? 60 : 0) +
    (wordsBefore(TITLE_OF_BEFORE, 40, text, p, start) ? 300 : 0)
  );
}

/**
 * Whether the words just before a place (up to `reach` characters, within the sentence) match:
 * "fled back into Mali", "crossed from Syria" (where people went or came from, not where it
 * happened); "regional forces from Tigray" (where a party comes from, not where it acted).
 */
export function wordsBefore(re: RegExp, reach: number, text: string, p: PlaceMention, start: number): boolean {
  return re.test(text.slice(Math.max(start, p.span.start - reach), p.span.start));
}
