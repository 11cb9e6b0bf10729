import { dayDateToken } from "../day-date.ts";
import { YEAR } from "../patterns.ts";
import type { Parser } from "../token.ts";

/** 15/01/2023, 15.01.2023, 15-01-2023: day first, unless the second number cannot be a month. */
export const numericDate: Parser = {
  id: "numeric-date",
  pattern: `(?<![\\d./-])(?<a>\\d{1,2})(?<s1>[/.-])(?<b>\\d{1,2})(?<s2>[/.-])(?<y>${YEAR})(?![\\d]|[./-]\\d)`,
  read: (g, ctx) => {
    if (g.s1 !== g.s2) return null;
    const a = Number(g.a);
    const b = Number(g.b);
    const year = Number(g.y);
    if (b > 12 && a <= 12) return dayDateToken("numeric-mdy", { year, month: a, day: b, day2: null }, ctx.pub);
    return dayDateToken("numeric-dmy", { year, month: b, day: a, day2: null }, ctx.pub);
  },
};
