/**
 * Whole-day calendar arithmetic on proleptic Gregorian dates, counted as days since 1970-01-01 (UTC).
 * Nothing here reads the clock.
 */

import type { DatePrecision, DateValue } from "../../core/model.ts";

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a calendar date, or null when the date does not exist (e.g. 31 April). */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  // Date.UTC maps years 0-99 to 1900-1999; such years never occur here, but refuse them rather than misread.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** Days since 1970-01-01 for a `YYYY-MM-DD` string, or null when it is not a real date in that form. */
export function parseIsoDay(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** `YYYY-MM-DD` for a day number. */
export function isoDay(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday ... 6 = Saturday. */
export function weekday(n: number): number {
  return new Date(n * MS_PER_DAY).getUTCDay();
}

/** Year, month (1-12) and day of a day number. */
export function ymd(n: number): { year: number; month: number; day: number } {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A single day. */
export function dayValue(n: number): DateValue {
  const iso = isoDay(n);
  return { start: iso, end: iso, precision: "day" };
}

/** An inclusive run of days with the given precision. */
export function spanValue(first: number, last: number, precision: DatePrecision): DateValue {
  return { start: isoDay(Math.min(first, last)), end: isoDay(Math.max(first, last)), precision };
}

/** A whole calendar month; `month` may run outside 1-12 and is carried into the year. */
export function monthValue(year: number, month: number): DateValue {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  const mm = String(m).padStart(2, "0");
  return { start: `${y}-${mm}-01`, end: `${y}-${mm}-${String(daysInMonth(y, m)).padStart(2, "0")}`, precision: "month" };
}

/** A whole calendar year, or a run of whole years. */
export function yearValue(year: number, lastYear = year): DateValue {
  const a = Math.min(year, lastYear);
  const b = Math.max(year, lastYear);
  return { start: `${a}-01-01`, end: `${b}-12-31`, precision: "year" };
}

/** The Monday on or before a day. */
export function mondayOf(n: number): number {
  return n - ((weekday(n) + 6) % 7);
}

/** The given weekday on or before day `n`. */
export function weekdayOnOrBefore(n: number, dow: number): number {
  return n - ((weekday(n) - dow + 7) % 7);
}
