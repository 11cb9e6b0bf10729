import { dayValue } from "../calendar.ts";
import { L, R } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/**
 * "airstrikes conducted overnight": with no day named, the night just before publication. After the
 * weekday parser, so that "overnight on Tuesday" stays Tuesday; dropped beside any other day
 * (refiners/drop-overnight.ts).
 */
export const overnight: Parser = {
  id: "overnight",
  pattern: `${L}[Oo]vernight${R}`,
  read: (_g, ctx) => {
    // Without a publication day it tells nothing: no night to count from, and no weekday to keep.
    if (ctx.pub === null) return null;
    const t = base("overnight-before-publication", dayValue(ctx.pub - 1), true, "none");
    t.overnight = true;
    return t;
  },
};
