import type { DateValue } from "../../../core/model.ts";
import { monthValue, ymd } from "../calendar.ts";
import { L, MONTH_CUE, MONTH_FULL, PART_OF_UNIT, R, monthOf, norm } from "../patterns.ts";
import { sinceOf } from "../since.ts";
import { base, type Parser } from "../token.ts";

/**
 * in October, last November, since May, mid-December, at the end of March: a month with no year,
 * the latest such month on or before publication ("last" skips the publication month itself).
 */
export const monthWithCue: Parser = {
  id: "month-with-cue",
  pattern:
    `${L}(?:(?<cue>${MONTH_CUE})\\s+(?:${PART_OF_UNIT})?|${PART_OF_UNIT})` +
    `(?<mon>${MONTH_FULL}|Sept\\.)${R}(?!\\.?,?\\s+(?:of\\s+)?\\d)`,
  read: (g, ctx) => {
    const month = monthOf(g.mon!);
    if (month === null) return null;
    const cue = g.cue ? norm(g.cue) : "";
    let source = "month-before-publication";
    let value: DateValue | null = null;
    if (ctx.pub !== null) {
      const p = ymd(ctx.pub);
      let year = p.year;
      if (cue === "last") {
        source = "month-last";
        if (month >= p.month) year -= 1;
      } else if (cue === "this") {
        source = "month-this";
      } else if (month > p.month) {
        year -= 1;
      }
      value = monthValue(year, month);
    } else if (cue === "last") {
      source = "month-last";
    } else if (cue === "this") {
      source = "month-this";
    }
    const t = base(source, value, true, "none");
    if (cue === "since") return sinceOf(t, ctx.pub);
    return t;
  },
};
