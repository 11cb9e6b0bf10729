/**
 * Finds time expressions in one sentence of a news article and resolves them, looking back from the
 * publication date: "on Friday" is the latest Friday on or before publication, "in October" the latest
 * October, "December 13" the latest 13 December.
 *
 * Each kind of expression has its parser (`parsers/`); all of them are read in one pass over the
 * sentence (`read-tokens.ts`), then refiners (`refiners/`) join a weekday to the date next to it
 * ("Thursday, March 8"), take in a leading preposition ("on", "in", "since") and turn "since X" into
 * a period. `configuration.ts` lists both in the order they run.
 */

import type { DateValue } from "../../core/model.ts";
import type { Span } from "../../core/span.ts";
import { REFINERS } from "./configuration.ts";
import type { RelativeKind } from "./patterns.ts";
import { readTokens } from "./read-tokens.ts";

export type { RelativeKind } from "./patterns.ts";

export interface TimeExpression {
  /** Half-open `[start, end)` into the original text; `text.slice(start, end) === this.text`. */
  span: Span;
  text: string;
  /** Null when the expression cannot be fixed (e.g. "on Friday" with no publication date). */
  value: DateValue | null;
  /** The rule that produced it, e.g. "weekday-before-publication". */
  source: string;
  /** True when the value depends on the publication date. */
  implied: boolean;
  /**
   * True for expressions that place the event only vaguely in the past and should not override a better
   * date: "four years ago", "in the past year", "since 2017", "over the past year".
   */
  vague: boolean;
  /**
   * Set when the expression is relative to another event rather than to publication ("the next day",
   * "hours earlier", "days before"); the value is then null.
   */
  relative?: { kind: RelativeKind };
  /**
   * True for aggregate or period expressions ("over the past year", "since 2017", "this year", "in recent
   * months") that mark a sentence as an aggregate rather than one incident.
   */
  period: boolean;
}

/**
 * Time expressions in `text.slice(range.start, range.end)` (one sentence), resolved against `published`
 * (YYYY-MM-DD, or null when unknown). Spans point into `text`. Never reads the clock.
 */
export function findTimeExpressions(text: string, range: Span, published: string | null): TimeExpression[] {
  const from = Math.max(0, Math.min(range.start, text.length));
  const to = Math.max(from, Math.min(range.end, text.length));
  const s = text.slice(from, to);
  const read = readTokens(s, published);
  if (read.tokens.length === 0) return [];
  let tokens = read.tokens;
  for (const refine of REFINERS) tokens = refine(tokens, s, read.ctx.pub);
  return tokens.map((t) => {
    const span: Span = { start: from + t.start, end: from + t.end };
    const out: TimeExpression = {
      span,
      text: text.slice(span.start, span.end),
      value: t.value,
      source: t.source,
      implied: t.implied,
      vague: t.vague,
      period: t.period,
    };
    if (t.relative !== undefined) out.relative = { kind: t.relative };
    return out;
  });
}
