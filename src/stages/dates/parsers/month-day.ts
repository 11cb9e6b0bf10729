import { dayDateToken } from "../day-date.ts";
import { DAY_NUMBER, MONTH_ANY, ORDINAL, YEAR, monthOf } from "../patterns.ts";
import type { DayDate, Parser } from "../token.ts";

/** A day number with nothing numeric after it ("Dec. 1,500", "March 3.5" are not days). */
const DAY_SUFFIX = `${ORDINAL}(?!\\d|[.,:]\\d)`;

/** December 13, 2025; Dec. 13; October 7; December 13-14 */
export const monthDay: Parser = {
  id: "month-day",
  pattern:
    `(?<mon>${MONTH_ANY})(?:\\s+|(?<=\\.))(?<d>${DAY_NUMBER})${DAY_SUFFIX}` +
    `(?:(?:\\s*[-–]\\s*|\\s+to\\s+)(?<d2>${DAY_NUMBER})${DAY_SUFFIX})?` +
    `(?:,?\\s+(?<y>${YEAR})(?!\\d))?`,
  read: (g, ctx) => {
    const month = monthOf(g.mon!);
    if (month === null) return null;
    const date: DayDate = { year: g.y ? Number(g.y) : null, month, day: Number(g.d), day2: g.d2 ? Number(g.d2) : null };
    return dayDateToken(g.y ? "month-day-year" : "month-day", date, ctx.pub);
  },
};
