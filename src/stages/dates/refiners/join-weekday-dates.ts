import type { DateValue } from "../../../core/model.ts";
import { dayValue, weekday, weekdayOnOrBefore } from "../calendar.ts";
import { dayDateValue, resolveDayDate } from "../day-date.ts";
import { WEEKDAY_DATE_FILLER } from "../patterns.ts";
import type { DayDate, Refiner, Token } from "../token.ts";

/** The largest gap, in days, between a stated date and the weekday beside it that is read as a mislabelled date. */
const WEEKDAY_CORRECTION_MAX_DAYS = 3;

/** What may stand between a weekday (or "today") and the date it names. */
const JOIN_GAP = new RegExp(`^[\\s,]*(?:${WEEKDAY_DATE_FILLER}[\\s,]+){0,3}(?:\\(\\s*)?(?:the\\s+)?$`);
const CLOSING_PAREN = /^\s*\)/;
const OPENING_PAREN_ONLY = /^\s*\(\s*$/;

/** A weekday joined to the date beside it: the date, unless the weekday says it is 1-3 days late. */
function joinWeekday(dow: number, date: DayDate, pub: number | null): { value: DateValue | null; source: string } {
  const r = resolveDayDate(date, pub);
  if (r === null) return { value: null, source: "weekday-date" };
  const back = (weekday(r.first) - dow + 7) % 7;
  if (back === 0 || back > WEEKDAY_CORRECTION_MAX_DAYS) return { value: dayDateValue(r), source: "weekday-date" };
  return { value: dayValue(weekdayOnOrBefore(r.first, dow)), source: "weekday-date-corrected" };
}

/**
 * Joins weekdays and "today"-like words to the explicit date beside them ("Thursday, March 8",
 * "today (20 September)", "December 7 (Tuesday)"); a short weekday ("Sat") joined to nothing is dropped.
 */
export const joinWeekdayDates: Refiner = (tokens, s, pub) => {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.weekday || t.anchor) {
      let j = i + 1;
      // a weekday may reach over "today"/"yesterday" to the date ("Friday prayers today (20 September)")
      while (t.weekday && j < tokens.length && tokens[j]!.anchor && !tokens[j]!.weekday) j++;
      const d = tokens[j];
      if (d?.date) {
        const gap = s.slice(t.end, d.start);
        if (JOIN_GAP.test(gap)) {
          let end = d.end;
          if (gap.includes("(")) {
            const close = CLOSING_PAREN.exec(s.slice(end));
            if (close) end += close[0].length;
          }
          const joined: Token = { ...d, start: t.start, end, lead: "since" };
          if (t.weekday) Object.assign(joined, joinWeekday(t.weekday.dow, d.date, pub));
          out.push(joined);
          i = j;
          continue;
        }
      }
      if (t.weekday?.abbreviation) continue;
    }
    if (t.date) {
      // "December 7 (Tuesday)"
      const w = tokens[i + 1];
      if (w?.weekday && OPENING_PAREN_ONLY.test(s.slice(t.end, w.start))) {
        const close = CLOSING_PAREN.exec(s.slice(w.end));
        if (close) {
          out.push({ ...t, end: w.end + close[0].length, ...joinWeekday(w.weekday.dow, t.date, pub) });
          i += 1;
          continue;
        }
      }
    }
    out.push(t);
  }
  return out;
};
