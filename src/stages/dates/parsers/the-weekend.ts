import { calendarValue } from "../calendar-span.ts";
import { L, R } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** over the weekend, at the weekend: the weekend publication falls in, else the one just gone. */
export const theWeekend: Parser = {
  id: "the-weekend",
  pattern: `${L}(?:[Oo]ver|[Aa]t|[Oo]n|[Dd]uring|[Tt]hroughout)\\s+the\\s+weekend${R}`,
  read: (_g, ctx) =>
    base("calendar-this-weekend", ctx.pub === null ? null : calendarValue("this", "weekend", false, ctx.pub), true, "none"),
};
