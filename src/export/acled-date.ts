/**
 * The day ACLED files an event under. An event known only to a week or a month is coded on the
 * middle day of that period, so that it sits as near as possible to whenever it happened.
 */

import type { DatePrecision } from "../core/model.ts";

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The last day of the period that starts on `start` with this precision (itself for a day). */
function periodEnd(start: string, precision: DatePrecision): string {
  const [y, m] = start.split("-").map(Number) as [number, number];
  switch (precision) {
    case "day":
      return start;
    case "week":
      return isoDay(dayNumber(start) + 6);
    case "month":
      return isoDay(Date.UTC(y, m, 0) / DAY_MS);
    case "year":
      return `${y}-12-31`;
  }
}

/**
 * The middle day (the earlier of two) of the period from `start` to `end` (inclusive); without an
 * end, of the week, month or year `start` opens. A day stays as it is.
 */
export function acledEventDate(start: string, precision: DatePrecision | null, end: string | null = null): string {
  const last = end && end > start ? end : precision ? periodEnd(start, precision) : start;
  return isoDay(Math.floor((dayNumber(start) + dayNumber(last)) / 2));
}
