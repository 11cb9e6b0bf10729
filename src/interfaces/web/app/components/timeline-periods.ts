/**
 * The timeline's bars: counts per day, week, month or year as the server gives them, the period
 * chosen so that a span of years is not drawn as thousands of hairline days.
 */

import type { SummaryPeriod } from "../../../../core/model.ts";
import { DAY_MS, dayToTime } from "./day-counts.ts";

export type Period = SummaryPeriod;

/** The period whose bars over `first`..`last` (days) number at most about `maxBars`. */
export function choosePeriod(first: string, last: string, maxBars = 200): Period {
  const days = (dayToTime(last) - dayToTime(first)) / DAY_MS + 1;
  if (days <= maxBars) return "day";
  if (days / 7 <= maxBars) return "week";
  if (days / 30.44 <= maxBars) return "month";
  return "year";
}

/** The instant a period starting on `start` ends (the next one's first day). */
export function periodEnd(start: string, period: Period): number {
  const t = new Date(dayToTime(start));
  if (period === "day") t.setUTCDate(t.getUTCDate() + 1);
  else if (period === "week") t.setUTCDate(t.getUTCDate() + 7);
  else if (period === "month") t.setUTCMonth(t.getUTCMonth() + 1);
  else t.setUTCFullYear(t.getUTCFullYear() + 1);
  return t.getTime();
}
