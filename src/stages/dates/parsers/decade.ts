import { yearValue } from "../calendar.ts";
import { L, R } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** the 1990s, the late 2010s: a decade only after "the", "early", "late" or "mid". */
export const decade: Parser = {
  id: "decade",
  pattern: `(?<=${L}(?:[Tt]he|[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+)(?<dec>(?:19|20)\\d0)s${R}`,
  read: (g) => {
    const d = Number(g.dec);
    const t = base("decade", yearValue(d, d + 9), false, "decade");
    t.vague = true;
    return t;
  },
};
