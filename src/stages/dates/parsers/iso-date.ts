import { dayDateToken } from "../day-date.ts";
import { YEAR } from "../patterns.ts";
import type { Parser } from "../token.ts";

/** 2025-12-13 */
export const isoDate: Parser = {
  id: "iso-date",
  pattern: `(?<![\\d./-])(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>[0-3]\\d)(?![\\d])`,
  read: (g, ctx) => dayDateToken("iso-date", { year: Number(g.y), month: Number(g.m), day: Number(g.d), day2: null }, ctx.pub),
};
