import { dayDateToken } from "../day-date.ts";
import { DAY_NUMBER, MONTH_ANY, ORDINAL, YEAR, monthOf } from "../patterns.ts";
import type { DayDate, Parser } from "../token.ts";

/** 13 December 2025, 13th of December, 04 Feb 2019, 13-14 December, 13 and 14 December */
export const dayMonth: Parser = {
  id: "day-month",
  pattern:
    `(?<![\\d.,:/])(?<d>${DAY_NUMBER})${ORDINAL}` +
    `(?:(?:\\s*[-–]\\s*|\\s+(?:to|and)\\s+)(?<d2>${DAY_NUMBER})${ORDINAL})?` +
    `\\s+(?:of\\s+)?(?<mon>${MONTH_ANY})(?:,?\\s+(?<y>${YEAR})(?!\\d))?`,
  read: (g, ctx) => {
    const month = monthOf(g.mon!);
    if (month === null) return null;
    const date: DayDate = { year: g.y ? Number(g.y) : null, month, day: Number(g.d), day2: g.d2 ? Number(g.d2) : null };
    return dayDateToken(g.y ? "day-month-year" : "day-month", date, ctx.pub);
  },
};
