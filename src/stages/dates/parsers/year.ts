import { yearValue } from "../calendar.ts";
import { L, YEAR, YEAR_CUE, YEAR_NOT_AFTER } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/**
 * in 2020, a 2020 drone strike, since 2017, mid-2019, 2014-15: a year only after a word that makes
 * it one, and not before a count's noun ("2020 people").
 */
export const year: Parser = {
  id: "year",
  pattern:
    `(?<=${L}${YEAR_CUE}[\\s-]+|${YEAR}\\s*(?:to|and|until|till|through)\\s+)(?<![\\d,.])(?<y>${YEAR})` +
    `(?:\\s*[-–]\\s*(?<y2>${YEAR}|\\d\\d)(?!\\d))?` +
    `(?![\\d%]|[.,]\\d|[-–][A-Za-z]|'s\\s+(?:\\d|[a-z]+\\s+(?:people|dead))|${YEAR_NOT_AFTER})`,
  read: (g) => {
    const y = Number(g.y);
    let last = y;
    if (g.y2) {
      const y2 = g.y2.length === 2 ? Math.floor(y / 100) * 100 + Number(g.y2) : Number(g.y2);
      if (y2 <= y) return null;
      last = y2;
    }
    return base(last === y ? "year" : "year-range", yearValue(y, last), false, "coarse");
  },
};
