import { countOf, unitOf } from "../counted-units.ts";
import { APPROXIMATOR, COUNT, L, R, RELATIVE_DIRECTION, RELATIVE_DIRECTION_WORD, norm, type RelativeKind } from "../patterns.ts";
import { base, type Parser } from "../token.ts";

/** hours earlier, two days before, a day after, barely 24 hours after: a time against another event, with no value. */
export const relativeCount: Parser = {
  id: "relative-count",
  pattern: `${L}(?:(?<approx>${APPROXIMATOR})\\s+)?(?:(?<n>${COUNT})\\s+)?(?<unit>(?:[Mm]inute|[Hh]our|[Dd]ay|[Ww]eek)s?)\\s+(?<dir>${RELATIVE_DIRECTION_WORD})${R}`,
  read: (g) => {
    const n = countOf(g.n, g.unit!);
    const unit = unitOf(g.unit!);
    const dir = RELATIVE_DIRECTION.get(norm(g.dir!)) ?? 0;
    let kind: RelativeKind | null = null;
    // "Another explosion a few minutes later": minutes apart is one incident unfolding (twin
    // bombings, a strike and its follow-up), not a second time to tell incidents apart by.
    if (unit === "minute") return null;
    if (unit === "hour") {
      const hours = n === null ? 1 : n;
      if (hours >= 48) kind = dir < 0 ? "days_before" : null;
      else if (hours >= 24) kind = dir < 0 ? "previous_day" : "next_day";
      else kind = dir < 0 ? "hours_earlier" : "same_day";
    } else if (unit === "day" && n === 1 && g.n !== undefined) {
      kind = dir < 0 ? "previous_day" : "next_day";
    } else if (dir < 0) {
      kind = "days_before";
    }
    if (kind === null) return null;
    const t = base("relative-count", null, false, "none");
    t.relative = kind;
    return t;
  },
};
