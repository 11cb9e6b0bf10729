import type { DateValue } from "../../../core/model.ts";
import { dayValue, monthValue, spanValue, yearValue, ymd } from "../calendar.ts";
import { UNIT, countOf, unitOf } from "../counted-units.ts";
import { APPROXIMATOR, COUNT, L, R } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/**
 * four years ago, two days ago, more than a year ago, years ago: counted back from publication;
 * vague when the count is unknown or approximate, or the unit a month or longer.
 */
export const ago: Parser = {
  id: "ago",
  pattern: `${L}(?:(?<approx>${APPROXIMATOR})\\s+)?(?:(?<n>${COUNT})\\s+)?(?<unit>${UNIT}s?)\\s+ago${R}`,
  read: (g, ctx) => {
    const n = countOf(g.n, g.unit!);
    const unit = unitOf(g.unit!);
    let value: DateValue | null = null;
    if (ctx.pub !== null && n !== null) {
      const pub = ctx.pub;
      const { year, month } = ymd(pub);
      switch (unit) {
        case "hour":
          value = dayValue(pub - Math.floor(n / 24));
          break;
        case "day":
          value = dayValue(pub - n);
          break;
        case "week":
          value = spanValue(pub - 7 * n - 3, pub - 7 * n + 3, "week");
          break;
        case "month":
          value = monthValue(year, month - n);
          break;
        case "year":
          value = yearValue(year - n);
          break;
        default:
          value = yearValue(year - 10 * n);
      }
    }
    const t = base("ago", value, true, "none");
    t.vague = n === null || g.approx !== undefined || unit === "month" || unit === "year" || unit === "decade";
    return t;
  },
};
