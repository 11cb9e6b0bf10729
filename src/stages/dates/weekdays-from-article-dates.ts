/**
 * A weekday with no publication date to count back from ("the church was hit on Sunday") takes the
 * date the same article writes out for that weekday elsewhere ("this Sunday 15/01/2023", "15 January
 * 2023"): a report names one Sunday, and when it spells it out once, every "Sunday" in it is that day.
 */

import { parseIsoDay, weekday } from "./calendar.ts";
import type { TimeExpression } from "./find-time-expressions.ts";

/** Rules whose value is a weekday counted back from publication, unresolved when there is none. */
const WEEKDAY_FROM_PUBLICATION = new Set(["weekday-before-publication", "weekday-last"]);

const WEEKDAY_WORD = /\b(sun|mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/i;
const DOW: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

function dowOfText(text: string): number | null {
  const m = WEEKDAY_WORD.exec(text);
  return m ? (DOW[m[1]!.slice(0, 3).toLowerCase()] ?? null) : null;
}

/**
 * Returns the expressions with each unresolved weekday filled from the one written-out day of the
 * article that falls on it; a weekday that two different written days could stand for stays unresolved.
 */
export function weekdaysFromArticleDates(times: readonly TimeExpression[]): TimeExpression[] {
  if (!times.some((t) => t.value === null && WEEKDAY_FROM_PUBLICATION.has(t.source))) return [...times];
  // Days the text states outright (not counted from publication): a weekday written beside its date first.
  const stated = new Map<number, Set<string>>();
  const joined = new Map<number, Set<string>>();
  for (const t of times) {
    if (t.implied || t.vague || t.period || !t.value || t.value.precision !== "day" || t.value.start !== t.value.end) continue;
    const day = parseIsoDay(t.value.start);
    if (day === null) continue;
    const dow = weekday(day);
    const into = t.source.startsWith("weekday-date") ? joined : stated;
    if (!into.has(dow)) into.set(dow, new Set());
    into.get(dow)!.add(t.value.start);
  }
  return times.map((t) => {
    if (t.value !== null || !WEEKDAY_FROM_PUBLICATION.has(t.source)) return t;
    const dow = dowOfText(t.text);
    if (dow === null) return t;
    const days = joined.get(dow) ?? stated.get(dow);
    if (!days || days.size !== 1) return t;
    const [iso] = [...days];
    return { ...t, value: { start: iso!, end: iso!, precision: "day" }, source: "weekday-from-article-date" };
  });
}
