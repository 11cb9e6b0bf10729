/** Dates written with their day ("13 December", "2025-12-13"), resolved against publication when the year is not written. */

import type { DateValue } from "../../core/model.ts";
import { dayNumber, dayValue, spanValue, ymd } from "./calendar.ts";
import { base, type DayDate, type Reading } from "./token.ts";

/** How many days after publication a date without a year may fall and still be read in the publication's year. */
const YEAR_INFERENCE_SLACK_DAYS = 3;

/** A day date resolved to day numbers; the year comes from publication when not written. */
export function resolveDayDate(date: DayDate, pub: number | null): { first: number; last: number } | null {
  let year = date.year;
  if (year === null) {
    if (pub === null) return null;
    year = ymd(pub).year;
    const candidate = dayNumber(year, date.month, date.day);
    if (candidate === null || candidate - pub > YEAR_INFERENCE_SLACK_DAYS) year -= 1;
  }
  const first = dayNumber(year, date.month, date.day);
  if (first === null) return null;
  let last = first;
  if (date.day2 !== null) {
    const second = dayNumber(year, date.month, date.day2);
    if (second !== null && second > first) last = second;
  }
  return { first, last };
}

export function dayDateValue(r: { first: number; last: number } | null): DateValue | null {
  if (r === null) return null;
  return r.first === r.last ? dayValue(r.first) : spanValue(r.first, r.last, "day");
}

/** A day date token; null when the date cannot exist (31 April), so that the text is not read as one. */
export function dayDateToken(source: string, date: DayDate, pub: number | null): Reading | null {
  const probeYear = date.year ?? 2000; // a leap year, so that 29 February passes when no year is given
  if (dayNumber(probeYear, date.month, date.day) === null) return null;
  if (date.day2 !== null && (date.day2 <= date.day || dayNumber(probeYear, date.month, date.day2) === null)) return null;
  const t = base(source, dayDateValue(resolveDayDate(date, pub)), date.year === null, "day");
  t.date = date;
  return t;
}
