import { RANKING_BEFORE } from "../patterns.ts";
import type { Refiner } from "../token.ts";

/** How far back a superlative may stand from a period expression and still frame it. */
const RANKING_WINDOW = 90;

/** "the deadliest attack since 2014", "the third raid this year": one incident ranked against a period, not an aggregate. */
export const unrankPeriods: Refiner = (tokens, s) =>
  tokens.map((t) => {
    if (!t.period) return t;
    const before = s.slice(Math.max(0, t.start - RANKING_WINDOW), t.start);
    return RANKING_BEFORE.test(before) ? { ...t, period: false } : t;
  });
