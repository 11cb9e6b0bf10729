import { L, PERIOD_PREPOSITION, R } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** in recent months, recent weeks: a period with no value. */
export const recentPeriod: Parser = {
  id: "recent-period",
  pattern: `${L}(?:${PERIOD_PREPOSITION}\\s+)?[Rr]ecent\\s+(?:days|weeks|months|years|decades)${R}`,
  read: () => {
    const t = base("recent-period", null, true, "none");
    t.vague = true;
    t.period = true;
    return t;
  },
};
