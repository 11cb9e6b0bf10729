import type { Mention } from "../../core/model.ts";
import { reportingVerbs } from "../reporting-verbs.ts";

// These helpers are read for every trigger and every mention near it: they live at module level
// rather than as closures rebuilt for each trigger.

export const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;

/** A reporting verb right before a date ("as announced by local authorities on Wednesday"): the date of the statement. */
const REPORTING_BEFORE = new RegExp(
  String.raw`\b(?:${reportingVerbs("statement-date-before")})(?:\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?\s*$`,
  "i",
);

/** A reporting verb right after a date ("on Tuesday announced that…"): the date of the statement. */
const REPORTING_AFTER = new RegExp(String.raw`^,?\s+(?:${reportingVerbs("statement-date-after")})\b`, "i");

/** Whether a mention lies inside a trigger's window. */
export function within(m: { span: { start: number; end: number } }, wStart: number, wEnd: number): boolean {
  return m.span.start >= wStart && m.span.end <= wEnd;
}

/**
 * "said on Saturday" dates the statement, not the incident. "told AFP Tuesday's strikes killed 18":
 * a day owning the act is the act's, whatever verb stands before it.
 */
export function reportedAt(text: string, m: Mention, start: number, end: number): boolean {
  return (
    (!/^['’]s\b/.test(text.slice(m.span.end, m.span.end + 3)) &&
      !/['’]s$/.test(m.text) &&
      REPORTING_BEFORE.test(text.slice(Math.max(start, m.span.start - 50), m.span.start))) ||
    REPORTING_AFTER.test(text.slice(m.span.end, Math.min(end, m.span.end + 25)))
  );
}

/** "the deadliest since the war in 2006": a date after "since" in the same clause is a point of comparison. */
export function sinceClause(text: string, m: Mention, start: number): boolean {
  return /\bsince\b[^,;]*$/i.test(text.slice(Math.max(start, m.span.start - 60), m.span.start));
}

/** How far a mention is from the trigger word. */
export function gapTo(m: Mention, t: { start: number; end: number }): number {
  return m.span.start >= t.end ? m.span.start - t.end : t.start - m.span.end;
}
