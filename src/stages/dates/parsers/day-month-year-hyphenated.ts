import { dayDateToken } from "../day-date.ts";
import { DAY_NUMBER, MONTH_ANY, YEAR, monthOf } from "../patterns.ts";
import type { Parser } from "../token.ts";

/** 9-March-2019, 09-Mar-2019: day, month and year joined by hyphens, as tables and logs write them. */
export const dayMonthYearHyphenated: Parser = {
  id: "day-month-year-hyphenated",
  pattern: `(?<![\\d.,:/-])(?<d>${DAY_NUMBER})-(?<mon>${MONTH_ANY})-(?<y>${YEAR})(?![\\d]|-\\d)`,
  read: (g, ctx) => {
    const month = monthOf(g.mon!);
    if (month === null) return null;
    return dayDateToken("day-month-year", { year: Number(g.y), month, day: Number(g.d), day2: null }, ctx.pub);
  },
};
