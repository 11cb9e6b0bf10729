import { dayValue } from "../calendar.ts";
import { DAY_PART, L, PUBLICATION_DAY, PUBLICATION_DAY_OFFSET, R, norm } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** today, this morning, tonight, yesterday, last night, late yesterday, yesterday morning */
export const publicationDay: Parser = {
  id: "publication-day",
  pattern: `${L}(?:(?:[Ee]arly|[Ll]ate)\\s+)?(?<pd>${PUBLICATION_DAY})(?:\\s+(?<part>${DAY_PART}))?${R}`,
  read: (g, ctx) => {
    const offset = PUBLICATION_DAY_OFFSET.get(norm(g.pd!));
    if (offset === undefined) return null;
    const t = base(
      offset === 0 ? "publication-day" : "publication-day-offset",
      ctx.pub === null ? null : dayValue(ctx.pub + offset),
      true,
      "since",
    );
    t.anchor = true;
    return t;
  },
};
