import type { DateValue } from "../../../core/model.ts";
import { dayValue, weekday as dayOfWeek } from "../calendar.ts";
import { DAY_PART, L, R, WEEKDAY, WEEKDAY_LEAD, WEEKDAY_NOT_AFTER, WEEKDAY_NOT_BEFORE, norm, weekdayOf } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/**
 * on Friday, Tuesday night, late on Sunday, in the early hours of Sunday, last Friday, Friday's
 * strike: the latest such weekday on or before publication; "last" skips the publication day,
 * "next" looks forward.
 */
export const weekday: Parser = {
  id: "weekday",
  pattern: `${L}(?:(?<pre>${WEEKDAY_LEAD})\\s+)?${WEEKDAY_NOT_BEFORE}(?<wd>${WEEKDAY})${R}${WEEKDAY_NOT_AFTER}(?:\\s+(?<part>${DAY_PART})${R})?`,
  read: (g, ctx) => {
    const dow = weekdayOf(g.wd!);
    if (dow === null) return null;
    const pre = g.pre ? norm(g.pre) : "";
    let source = "weekday-before-publication";
    let value: DateValue | null = null;
    if (pre === "last" || pre === "this past") source = "weekday-last";
    else if (pre === "next") source = "weekday-next";
    if (ctx.pub !== null) {
      const back = (dayOfWeek(ctx.pub) - dow + 7) % 7;
      if (source === "weekday-last") value = dayValue(ctx.pub - (back === 0 ? 7 : back));
      else if (source === "weekday-next") value = dayValue(ctx.pub + (7 - back));
      else value = dayValue(ctx.pub - back);
    }
    const t = base(source, value, true, "since");
    t.weekday = { dow, abbreviation: false };
    return t;
  },
};
