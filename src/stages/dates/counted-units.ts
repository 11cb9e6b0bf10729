/** Counts of units of time ("four years", "the past few weeks") and the spans they measure back from a day. */

import type { DatePrecision } from "../../core/model.ts";
import { dayNumber, ymd } from "./calendar.ts";
import { NUMBER_WORD, VAGUE_COUNT, norm } from "./patterns.ts";

/** A unit of time as a whole word, either case for its first letter. */
export const UNIT = "(?:[Hh]our|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade)";

/** The number in a count; a missing count is one unless the unit is plural ("years ago"), when it is unknown. */
export function countOf(raw: string | undefined, unit: string): number | null {
  if (raw === undefined) return /s$/i.test(unit) ? null : 1;
  const k = norm(raw);
  if (/^\d+$/.test(k)) return Number(k);
  if (VAGUE_COUNT.has(k)) return null;
  return NUMBER_WORD.get(k) ?? null;
}

/** A unit in the singular, lower case: "Years" -> "year". */
export function unitOf(raw: string): string {
  return norm(raw).replace(/s$/, "");
}

/** The precision a span of days amounts to. */
export function precisionForDays(days: number): DatePrecision {
  if (days <= 2) return "day";
  if (days <= 14) return "week";
  if (days <= 100) return "month";
  return "year";
}

/** `n` calendar months before day `d`, the day of the month clamped to the month's length. */
export function monthsBefore(d: number, n: number): number {
  const { year, month, day } = ymd(d);
  const total = year * 12 + (month - 1) - n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  for (let dd = day; dd >= 28; dd--) {
    const r = dayNumber(y, m, dd);
    if (r !== null) return r;
  }
  return dayNumber(y, m, Math.min(day, 28)) ?? d;
}
