import { reportingVerbs } from "../reporting-verbs.ts";
import { CROWD_SUBJECTS } from "./cue-lexicons.ts";

const CROWD = CROWD_SUBJECTS.map((c) => c.raw).join("|");
/** A crowd as the subject just before a verb: a few words may stand between, but no word of saying. */
const CROWD_BEFORE = new RegExp(
  String.raw`(?<![A-Za-z-])(?:${CROWD})(?![A-Za-z])[\s,]+(?:(?!(?:${reportingVerbs("crowd-speaks")}|who|after|when|as|were|was|been|being|are|is|got|injured|killed|wounded|hurt|died|fled|and|police|policemen|officers|soldiers|troops|forces|gunmen|militants|attackers|assailants)\b)[\w()'’-]+[\s,]+){0,6}$`,
  "i",
);
/** "a clash between two groups of villagers": the crowds named as the sides of a fight. */
const CROWD_BETWEEN = new RegExp(
  String.raw`^\s*(?:broke out\s+)?(?:between|among|involving)\s+(?:[\w'’-]+\s+){0,4}?(?:${CROWD})(?![A-Za-z])`,
  "i",
);
/** Any crowd word at all: most windows name none, and are passed over before the slower patterns run. */
const ANY_CROWD = new RegExp(`(?:${CROWD})`, "i");
/** "were attacked by a group of five men": the crowd named as the agent of a passive verb. */
const CROWD_BY_AFTER = new RegExp(String.raw`^\s+by\s+(?:${CROWD})(?![A-Za-z])`, "i");
const BETWEEN_WORD = /\b(?:between|among|involving)\b/i;

/** Weapons that make an armed group of whoever carries them. */
const ARMED =
  /\b(?:gun(?:s|men|fire|shots?)?|firearms?|rifles?|pistols?|opened fire|shot|shooting|explosives?|bombs?|grenades?|armed|militants?|militia(?:s|men)?|fighters|insurgents|rebels|soldiers|troops)\b/i;

/**
 * True when unarmed people in a crowd (a mob, villagers, party supporters) did the violence a
 * trigger names: they are rioters, and the incident a riot, not an armed group's attack.
 */
export function crowdViolence(text: string, clause: { start: number; end: number }, trigger: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(clause.start, trigger.start - 90), trigger.start);
  const after = text.slice(trigger.end, Math.min(clause.end, trigger.end + 80));
  const crowdBefore = ANY_CROWD.test(before) && CROWD_BEFORE.test(before);
  const crowdAfter = ANY_CROWD.test(after) && ((BETWEEN_WORD.test(after) && CROWD_BETWEEN.test(after)) || CROWD_BY_AFTER.test(after));
  if (!crowdBefore && !crowdAfter) return false;
  return !ARMED.test(text.slice(clause.start, clause.end));
}
