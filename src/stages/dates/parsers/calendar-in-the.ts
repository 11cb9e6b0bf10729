import { calendarValue } from "../calendar-span.ts";
import { CALENDAR_MODIFIER, L, R, norm } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** earlier in the week, later in the month: the publication's week, month or year. */
export const calendarInThe: Parser = {
  id: "calendar-in-the",
  pattern: `${L}(?<cmod>${CALENDAR_MODIFIER})\\s+in\\s+the\\s+(?<unit>week|month|year)${R}`,
  read: (g, ctx) => {
    const unit = norm(g.unit!);
    const cmod = norm(g.cmod!);
    const value = ctx.pub === null ? null : calendarValue("this", unit, cmod === "earlier" || cmod === "early", ctx.pub);
    return base(`calendar-this-${unit}`, value, true, "none");
  },
};
