import { monthValue } from "../calendar.ts";
import { MONTH_ANY, YEAR, monthOf } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** November 2018, Feb. 2019, June of 2020 */
export const monthYear: Parser = {
  id: "month-year",
  pattern: `(?<mon>${MONTH_ANY}),?\\s+(?:of\\s+)?(?<y>${YEAR})(?![\\d]|[.,]\\d)`,
  read: (g) => {
    const month = monthOf(g.mon!);
    if (month === null) return null;
    return base("month-year", monthValue(Number(g.y), month), false, "coarse");
  },
};
