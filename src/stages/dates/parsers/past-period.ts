import type { DateValue } from "../../../core/model.ts";
import { spanValue } from "../calendar.ts";
import { UNIT, countOf, monthsBefore, precisionForDays, unitOf } from "../counted-units.ts";
import { COUNT, L, PERIOD_PREPOSITION, R } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** over the past year, in the last 24 hours, during the previous three months, the past few weeks: up to publication, a period. */
export const pastPeriod: Parser = {
  id: "past-period",
  pattern:
    `${L}(?:${PERIOD_PREPOSITION}\\s+[Tt]he\\s+(?:past|last|previous)|[Tt]he\\s+past)\\s+` +
    `(?:(?<n>${COUNT})\\s+)?(?<unit>${UNIT}s?)${R}`,
  read: (g, ctx) => {
    const n = countOf(g.n, g.unit!);
    const unit = unitOf(g.unit!);
    let value: DateValue | null = null;
    if (ctx.pub !== null && n !== null && n > 0) {
      const pub = ctx.pub;
      let first: number;
      switch (unit) {
        case "hour":
          first = pub - Math.max(1, Math.ceil(n / 24));
          break;
        case "day":
          first = pub - n;
          break;
        case "week":
          first = pub - 7 * n;
          break;
        case "month":
          first = monthsBefore(pub, n);
          break;
        case "year":
          first = monthsBefore(pub, 12 * n);
          break;
        default:
          first = monthsBefore(pub, 120 * n);
      }
      value = spanValue(first, pub, precisionForDays(pub - first));
    }
    const t = base("past-period", value, true, "none");
    t.vague = true;
    t.period = true;
    return t;
  },
};
