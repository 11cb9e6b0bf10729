import { calendarValue } from "../calendar-span.ts";
import { CALENDAR_MODIFIER, L, PERIOD_MODIFIER, PERIOD_MODIFIERS, R, norm } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** last week, this month, earlier this year, so far this year, last weekend, this past weekend */
export const calendarPeriod: Parser = {
  id: "calendar",
  pattern:
    `${L}(?:(?<pmod>${PERIOD_MODIFIER})\\s+|(?<cmod>${CALENDAR_MODIFIER})\\s+)?(?<![Tt]he\\s+)` +
    `(?<which>[Tt]his\\s+past|[Tt]his|[Ll]ast)\\s+(?<unit>weekend|week|month|year)${R}`,
  read: (g, ctx) => {
    const w = norm(g.which!);
    const which = w === "last" ? "last" : w === "this past" ? "past" : "this";
    const unit = norm(g.unit!);
    const pmod = g.pmod !== undefined && PERIOD_MODIFIERS.has(norm(g.pmod));
    const cmod = g.cmod !== undefined ? norm(g.cmod) : "";
    const earlier = cmod === "earlier" || cmod === "early";
    const value = ctx.pub === null ? null : calendarValue(which === "past" && unit === "weekend" ? "this" : which, unit, earlier, ctx.pub);
    const t = base(`calendar-${which}-${unit}`, value, true, "since");
    // "this year" on its own is a running total ("killed this year"); "this month/week" usually date one event.
    t.period = pmod || (which === "this" && unit === "year" && cmod === "");
    t.vague = t.period;
    return t;
  },
};
