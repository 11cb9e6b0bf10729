import { CLOCK_TIME, L, R, RELATIVE_PHRASE, RELATIVE_PHRASE_KIND, norm } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** the next day, the day before, that night, shortly after: a time against another event, with no value. */
export const relativePhrase: Parser = {
  id: "relative-phrase",
  // "shortly after nine in the morning" gives the hour of the incident, not a time against another one.
  pattern: `${L}(?<rel>${RELATIVE_PHRASE})${R}(?!\\s+${CLOCK_TIME})`,
  read: (g) => {
    const kind = RELATIVE_PHRASE_KIND.get(norm(g.rel!));
    if (kind === undefined) return null;
    const t = base("relative-phrase", null, false, "none");
    t.relative = kind;
    return t;
  },
};
