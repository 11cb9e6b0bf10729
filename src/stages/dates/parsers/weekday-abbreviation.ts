import { L, MONTH_ANY, WEEKDAY_ABBREVIATION, weekdayOf } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/**
 * "Sat, Dec. 13": a short weekday counts only when a date follows at once; it carries no value of
 * its own and is dropped if it is not joined to one (refiners/join-weekday-dates.ts).
 */
export const weekdayAbbreviation: Parser = {
  id: "weekday-abbreviation",
  pattern: `${L}(?<wda>${WEEKDAY_ABBREVIATION})\\.?,?(?=\\s+(?:\\d|${MONTH_ANY}))`,
  read: (g) => {
    const dow = weekdayOf(g.wda!);
    if (dow === null) return null;
    const t = base("weekday-abbreviation", null, true, "none");
    t.weekday = { dow, abbreviation: true };
    return t;
  },
};
