/**
 * Finds time expressions in one sentence of a news article and resolves them, looking back from the
 * publication date: "on Friday" is the latest Friday on or before publication, "in October" the latest
 * October, "December 13" the latest 13 December.
 *
 * All rules are alternatives of a single regular expression, compiled once at module load and run once
 * over the sentence; a few local steps then join a weekday to the date next to it ("Thursday, March 8"),
 * take in a leading preposition ("on", "in", "since") and turn "since X" into a period.
 */

import type { DatePrecision, DateValue } from "../../core/model.ts";
import type { Span } from "../../core/span.ts";
import {
  dayNumber,
  dayValue,
  mondayOf,
  monthValue,
  parseIsoDay,
  spanValue,
  weekday,
  weekdayOnOrBefore,
  yearValue,
  ymd,
} from "./calendar.ts";
import {
  APPROXIMATOR,
  CALENDAR_MODIFIER,
  CLOCK_TIME,
  COUNT,
  DAY_NUMBER,
  DAY_PART,
  L,
  MONTH_ANY,
  MONTH_CUE,
  MONTH_FULL,
  MONTH_INDEX,
  NUMBER_WORD,
  ORDINAL,
  PART_OF_UNIT,
  PERIOD_MODIFIER,
  PERIOD_MODIFIERS,
  PERIOD_PREPOSITION,
  PUBLICATION_DAY,
  PUBLICATION_DAY_OFFSET,
  R,
  RANKING_BEFORE,
  RELATIVE_DIRECTION,
  RELATIVE_DIRECTION_WORD,
  RELATIVE_PHRASE,
  RELATIVE_PHRASE_KIND,
  SEASON,
  VAGUE_COUNT,
  VAGUE_PHRASE,
  VAGUE_PHRASE_PERIOD,
  WEEKDAY,
  WEEKDAY_ABBREVIATION,
  WEEKDAY_DATE_FILLER,
  WEEKDAY_INDEX,
  WEEKDAY_LEAD,
  WEEKDAY_NOT_AFTER,
  WEEKDAY_NOT_BEFORE,
  YEAR,
  YEAR_CUE,
  YEAR_CUE_IN_SPAN,
  YEAR_NOT_AFTER,
  norm,
  type RelativeKind,
} from "./patterns.ts";

export type { RelativeKind } from "./patterns.ts";

export interface TimeExpression {
  /** Half-open `[start, end)` into the original text; `text.slice(start, end) === this.text`. */
  span: Span;
  text: string;
  /** Null when the expression cannot be fixed (e.g. "on Friday" with no publication date). */
  value: DateValue | null;
  /** The rule that produced it, e.g. "weekday-before-publication". */
  source: string;
  /** True when the value depends on the publication date. */
  implied: boolean;
  /**
   * True for expressions that place the event only vaguely in the past and should not override a better
   * date: "four years ago", "in the past year", "since 2017", "over the past year".
   */
  vague: boolean;
  /**
   * Set when the expression is relative to another event rather than to publication ("the next day",
   * "hours earlier", "days before"); the value is then null.
   */
  relative?: { kind: RelativeKind };
  /**
   * True for aggregate or period expressions ("over the past year", "since 2017", "this year", "in recent
   * months") that mark a sentence as an aggregate rather than one incident.
   */
  period: boolean;
}

/** How many days after publication a date without a year may fall and still be read in the publication's year. */
const YEAR_INFERENCE_SLACK_DAYS = 3;
/** The largest gap, in days, between a stated date and the weekday beside it that is read as a mislabelled date. */
const WEEKDAY_CORRECTION_MAX_DAYS = 3;

// ---- tokens --------------------------------------------------------------------------------------

/** A date written with its day, kept so that a weekday beside it can be checked against it. */
interface DayDate {
  year: number | null;
  month: number;
  day: number;
  day2: number | null;
}

interface Token {
  /** Offsets into the sentence being read. */
  start: number;
  end: number;
  source: string;
  value: DateValue | null;
  implied: boolean;
  vague: boolean;
  period: boolean;
  relative?: RelativeKind;
  /** Which leading words may join the span: a day's ("on", "in the early hours of"), a month's or year's ("in", "early"), or only "since". */
  lead: "day" | "coarse" | "decade" | "since" | "none";
  weekday?: { dow: number; abbreviation: boolean };
  date?: DayDate;
  /** "today", "yesterday"...: may be followed by the date it stands for ("today (20 September)"). */
  anchor?: boolean;
}

interface Context {
  /** Publication date as a day number, or null. */
  pub: number | null;
}

type Groups = Record<string, string | undefined>;
type Handler = (g: Groups, ctx: Context) => Omit<Token, "start" | "end"> | null;

interface Rule {
  id: string;
  pattern: string;
  handle: Handler;
}

function base(source: string, value: DateValue | null, implied: boolean, lead: Token["lead"]): Omit<Token, "start" | "end"> {
  return { source, value, implied, vague: false, period: false, lead };
}

// ---- resolution helpers --------------------------------------------------------------------------

/** The number in a count; a missing count is one unless the unit is plural ("years ago"), when it is unknown. */
function countOf(raw: string | undefined, unit: string): number | null {
  if (raw === undefined) return /s$/i.test(unit) ? null : 1;
  const k = norm(raw);
  if (/^\d+$/.test(k)) return Number(k);
  if (VAGUE_COUNT.has(k)) return null;
  return NUMBER_WORD.get(k) ?? null;
}

function unitOf(raw: string): string {
  return norm(raw).replace(/s$/, "");
}

/** The precision a span of days amounts to. */
function precisionForDays(days: number): DatePrecision {
  if (days <= 2) return "day";
  if (days <= 14) return "week";
  if (days <= 100) return "month";
  return "year";
}

/** `n` calendar months before day `d`, the day of the month clamped to the month's length. */
function monthsBefore(d: number, n: number): number {
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

/** A day date resolved to day numbers; the year comes from publication when not written. */
function resolveDayDate(date: DayDate, pub: number | null): { first: number; last: number } | null {
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

function dayDateValue(r: { first: number; last: number } | null): DateValue | null {
  if (r === null) return null;
  return r.first === r.last ? dayValue(r.first) : spanValue(r.first, r.last, "day");
}

/** A day date token; null when the date cannot exist (31 April), so that the text is not read as one. */
function dayDateToken(source: string, date: DayDate, pub: number | null): Omit<Token, "start" | "end"> | null {
  const probeYear = date.year ?? 2000; // a leap year, so that 29 February passes when no year is given
  if (dayNumber(probeYear, date.month, date.day) === null) return null;
  if (date.day2 !== null && (date.day2 <= date.day || dayNumber(probeYear, date.month, date.day2) === null)) return null;
  const t = base(source, dayDateValue(resolveDayDate(date, pub)), date.year === null, "day");
  t.date = date;
  return t;
}

function monthOf(raw: string): number | null {
  return MONTH_INDEX.get(norm(raw).replace(/\.$/, "")) ?? null;
}

function weekdayOf(raw: string): number | null {
  return WEEKDAY_INDEX.get(norm(raw).replace(/\.$/, "")) ?? null;
}

/** "this week", "last month", "earlier this year"... against publication. */
function calendarValue(which: "this" | "last" | "past", unit: string, earlier: boolean, pub: number): DateValue | null {
  const dow = weekday(pub);
  const { year, month } = ymd(pub);
  switch (unit) {
    case "weekend": {
      if (which === "last") {
        const sunday = pub - (dow === 0 ? 7 : dow);
        return spanValue(sunday - 1, sunday, "week");
      }
      // "this weekend", "over the weekend": the weekend publication falls in, else the one just gone.
      if (dow === 6) return spanValue(pub, pub + 1, "week");
      if (dow === 0) return spanValue(pub - 1, pub, "week");
      const sunday = pub - dow;
      return spanValue(sunday - 1, sunday, "week");
    }
    case "week": {
      const monday = mondayOf(pub);
      if (which === "last") return spanValue(monday - 7, monday - 1, "week");
      if (which === "past") return spanValue(pub - 7, pub - 1, "week");
      return spanValue(monday, earlier && pub > monday ? pub - 1 : pub, "week");
    }
    case "month":
      return which === "last" ? monthValue(year, month - 1) : monthValue(year, month);
    case "year":
      return which === "last" ? yearValue(year - 1) : yearValue(year);
    default:
      return null;
  }
}

// ---- rules ---------------------------------------------------------------------------------------
// Order matters where two rules can start at the same place: the first that matches wins.

/** A unit of time as a whole word, either case for its first letter. */
const UNIT = "(?:[Hh]our|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade)";

const DAY_SUFFIX = `${ORDINAL}(?!\\d|[.,:]\\d)`;

const RULES: Rule[] = [
  {
    id: "iso-date",
    pattern: `(?<![\\d./-])(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>[0-3]\\d)(?![\\d])`,
    handle: (g, ctx) => dayDateToken("iso-date", { year: Number(g.y), month: Number(g.m), day: Number(g.d), day2: null }, ctx.pub),
  },
  {
    // 15/01/2023, 15.01.2023, 15-01-2023: day first, unless the second number cannot be a month.
    id: "numeric-date",
    pattern: `(?<![\\d./-])(?<a>\\d{1,2})(?<s1>[/.-])(?<b>\\d{1,2})(?<s2>[/.-])(?<y>${YEAR})(?![\\d]|[./-]\\d)`,
    handle: (g, ctx) => {
      if (g.s1 !== g.s2) return null;
      const a = Number(g.a);
      const b = Number(g.b);
      const year = Number(g.y);
      if (b > 12 && a <= 12) return dayDateToken("numeric-mdy", { year, month: a, day: b, day2: null }, ctx.pub);
      return dayDateToken("numeric-dmy", { year, month: b, day: a, day2: null }, ctx.pub);
    },
  },
  {
    // "Sat, Dec. 13": a short weekday counts only when a date follows at once; it is dropped if it is not joined to one.
    id: "weekday-abbreviation",
    pattern: `${L}(?<wda>${WEEKDAY_ABBREVIATION})\\.?,?(?=\\s+(?:\\d|${MONTH_ANY}))`,
    handle: (g) => {
      const dow = weekdayOf(g.wda!);
      if (dow === null) return null;
      const t = base("weekday-abbreviation", null, true, "none");
      t.weekday = { dow, abbreviation: true };
      return t;
    },
  },
  {
    // 13 December 2025, 13th of December, 04 Feb 2019, 13-14 December, 13 and 14 December
    id: "day-month",
    pattern:
      `(?<![\\d.,:/])(?<d>${DAY_NUMBER})${ORDINAL}` +
      `(?:(?:\\s*[-–]\\s*|\\s+(?:to|and)\\s+)(?<d2>${DAY_NUMBER})${ORDINAL})?` +
      `\\s+(?:of\\s+)?(?<mon>${MONTH_ANY})(?:,?\\s+(?<y>${YEAR})(?!\\d))?`,
    handle: (g, ctx) => {
      const month = monthOf(g.mon!);
      if (month === null) return null;
      const date: DayDate = { year: g.y ? Number(g.y) : null, month, day: Number(g.d), day2: g.d2 ? Number(g.d2) : null };
      return dayDateToken(g.y ? "day-month-year" : "day-month", date, ctx.pub);
    },
  },
  {
    // 9-March-2019, 09-Mar-2019: day, month and year joined by hyphens, as tables and logs write them
    id: "day-month-year-hyphenated",
    pattern: `(?<![\\d.,:/-])(?<d>${DAY_NUMBER})-(?<mon>${MONTH_ANY})-(?<y>${YEAR})(?![\\d]|-\\d)`,
    handle: (g, ctx) => {
      const month = monthOf(g.mon!);
      if (month === null) return null;
      return dayDateToken("day-month-year", { year: Number(g.y), month, day: Number(g.d), day2: null }, ctx.pub);
    },
  },
  {
    // December 13, 2025; Dec. 13; October 7; December 13-14
    id: "month-day",
    pattern:
      `(?<mon>${MONTH_ANY})(?:\\s+|(?<=\\.))(?<d>${DAY_NUMBER})${DAY_SUFFIX}` +
      `(?:(?:\\s*[-–]\\s*|\\s+to\\s+)(?<d2>${DAY_NUMBER})${DAY_SUFFIX})?` +
      `(?:,?\\s+(?<y>${YEAR})(?!\\d))?`,
    handle: (g, ctx) => {
      const month = monthOf(g.mon!);
      if (month === null) return null;
      const date: DayDate = { year: g.y ? Number(g.y) : null, month, day: Number(g.d), day2: g.d2 ? Number(g.d2) : null };
      return dayDateToken(g.y ? "month-day-year" : "month-day", date, ctx.pub);
    },
  },
  {
    // November 2018, Feb. 2019, June of 2020
    id: "month-year",
    pattern: `(?<mon>${MONTH_ANY}),?\\s+(?:of\\s+)?(?<y>${YEAR})(?![\\d]|[.,]\\d)`,
    handle: (g) => {
      const month = monthOf(g.mon!);
      if (month === null) return null;
      return base("month-year", monthValue(Number(g.y), month), false, "coarse");
    },
  },
  {
    // in October, last November, since May, mid-December, at the end of March
    id: "month-with-cue",
    pattern:
      `${L}(?:(?<cue>${MONTH_CUE})\\s+(?:${PART_OF_UNIT})?|${PART_OF_UNIT})` +
      `(?<mon>${MONTH_FULL}|Sept\\.)${R}(?!\\.?,?\\s+(?:of\\s+)?\\d)`,
    handle: (g, ctx) => {
      const month = monthOf(g.mon!);
      if (month === null) return null;
      const cue = g.cue ? norm(g.cue) : "";
      let source = "month-before-publication";
      let value: DateValue | null = null;
      if (ctx.pub !== null) {
        const p = ymd(ctx.pub);
        let year = p.year;
        if (cue === "last") {
          source = "month-last";
          if (month >= p.month) year -= 1;
        } else if (cue === "this") {
          source = "month-this";
        } else if (month > p.month) {
          year -= 1;
        }
        value = monthValue(year, month);
      } else if (cue === "last") {
        source = "month-last";
      } else if (cue === "this") {
        source = "month-this";
      }
      const t = base(source, value, true, "none");
      if (cue === "since") return sinceOf(t, ctx.pub);
      return t;
    },
  },
  {
    // the 1990s, the late 2010s
    id: "decade",
    pattern: `(?<=${L}(?:[Tt]he|[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+)(?<dec>(?:19|20)\\d0)s${R}`,
    handle: (g) => {
      const d = Number(g.dec);
      const t = base("decade", yearValue(d, d + 9), false, "decade");
      t.vague = true;
      return t;
    },
  },
  {
    // in 2020, a 2020 drone strike, since 2017, mid-2019, 2014-15
    id: "year",
    pattern:
      `(?<=${L}${YEAR_CUE}[\\s-]+|${YEAR}\\s*(?:to|and|until|till|through)\\s+)(?<![\\d,.])(?<y>${YEAR})` +
      `(?:\\s*[-–]\\s*(?<y2>${YEAR}|\\d\\d)(?!\\d))?` +
      `(?![\\d%]|[.,]\\d|[-–][A-Za-z]|'s\\s+(?:\\d|[a-z]+\\s+(?:people|dead))|${YEAR_NOT_AFTER})`,
    handle: (g) => {
      const y = Number(g.y);
      let last = y;
      if (g.y2) {
        const y2 = g.y2.length === 2 ? Math.floor(y / 100) * 100 + Number(g.y2) : Number(g.y2);
        if (y2 <= y) return null;
        last = y2;
      }
      return base(last === y ? "year" : "year-range", yearValue(y, last), false, "coarse");
    },
  },
  {
    // today, this morning, tonight, yesterday, last night, late yesterday, yesterday morning
    id: "publication-day",
    pattern: `${L}(?:(?:[Ee]arly|[Ll]ate)\\s+)?(?<pd>${PUBLICATION_DAY})(?:\\s+(?<part>${DAY_PART}))?${R}`,
    handle: (g, ctx) => {
      const offset = PUBLICATION_DAY_OFFSET.get(norm(g.pd!));
      if (offset === undefined) return null;
      const t = base(
        offset === 0 ? "publication-day" : "publication-day-offset",
        ctx.pub === null ? null : dayValue(ctx.pub + offset),
        true,
        "since",
      );
      t.anchor = true;
      return t;
    },
  },
  {
    // on Friday, Tuesday night, late on Sunday, in the early hours of Sunday, last Friday, Friday's strike
    id: "weekday",
    pattern: `${L}(?:(?<pre>${WEEKDAY_LEAD})\\s+)?${WEEKDAY_NOT_BEFORE}(?<wd>${WEEKDAY})${R}${WEEKDAY_NOT_AFTER}(?:\\s+(?<part>${DAY_PART})${R})?`,
    handle: (g, ctx) => {
      const dow = weekdayOf(g.wd!);
      if (dow === null) return null;
      const pre = g.pre ? norm(g.pre) : "";
      let source = "weekday-before-publication";
      let value: DateValue | null = null;
      if (pre === "last" || pre === "this past") source = "weekday-last";
      else if (pre === "next") source = "weekday-next";
      if (ctx.pub !== null) {
        const back = (weekday(ctx.pub) - dow + 7) % 7;
        if (source === "weekday-last") value = dayValue(ctx.pub - (back === 0 ? 7 : back));
        else if (source === "weekday-next") value = dayValue(ctx.pub + (7 - back));
        else value = dayValue(ctx.pub - back);
      }
      const t = base(source, value, true, "since");
      t.weekday = { dow, abbreviation: false };
      return t;
    },
  },
  {
    // over the past year, in the last 24 hours, during the previous three months, the past few weeks
    id: "past-period",
    pattern:
      `${L}(?:${PERIOD_PREPOSITION}\\s+[Tt]he\\s+(?:past|last|previous)|[Tt]he\\s+past)\\s+` +
      `(?:(?<n>${COUNT})\\s+)?(?<unit>${UNIT}s?)${R}`,
    handle: (g, ctx) => {
      const n = countOf(g.n, g.unit!);
      const unit = unitOf(g.unit!);
      let value: DateValue | null = null;
      if (ctx.pub !== null && n !== null && n > 0) {
        const pub = ctx.pub;
        let first: number;
        switch (unit) {
          case "hour":
            first = pub - Math.max(1, Math.ceil(n / 24));
            break;
          case "day":
            first = pub - n;
            break;
          case "week":
            first = pub - 7 * n;
            break;
          case "month":
            first = monthsBefore(pub, n);
            break;
          case "year":
            first = monthsBefore(pub, 12 * n);
            break;
          default:
            first = monthsBefore(pub, 120 * n);
        }
        value = spanValue(first, pub, precisionForDays(pub - first));
      }
      const t = base("past-period", value, true, "none");
      t.vague = true;
      t.period = true;
      return t;
    },
  },
  {
    // in recent months, recent weeks
    id: "recent-period",
    pattern: `${L}(?:${PERIOD_PREPOSITION}\\s+)?[Rr]ecent\\s+(?:days|weeks|months|years|decades)${R}`,
    handle: () => {
      const t = base("recent-period", null, true, "none");
      t.vague = true;
      t.period = true;
      return t;
    },
  },
  {
    // four years ago, two days ago, more than a year ago, years ago
    id: "ago",
    pattern: `${L}(?:(?<approx>${APPROXIMATOR})\\s+)?(?:(?<n>${COUNT})\\s+)?(?<unit>${UNIT}s?)\\s+ago${R}`,
    handle: (g, ctx) => {
      const n = countOf(g.n, g.unit!);
      const unit = unitOf(g.unit!);
      let value: DateValue | null = null;
      if (ctx.pub !== null && n !== null) {
        const pub = ctx.pub;
        const { year, month } = ymd(pub);
        switch (unit) {
          case "hour":
            value = dayValue(pub - Math.floor(n / 24));
            break;
          case "day":
            value = dayValue(pub - n);
            break;
          case "week":
            value = spanValue(pub - 7 * n - 3, pub - 7 * n + 3, "week");
            break;
          case "month":
            value = monthValue(year, month - n);
            break;
          case "year":
            value = yearValue(year - n);
            break;
          default:
            value = yearValue(year - 10 * n);
        }
      }
      const t = base("ago", value, true, "none");
      t.vague = n === null || g.approx !== undefined || unit === "month" || unit === "year" || unit === "decade";
      return t;
    },
  },
  {
    // hours earlier, two days before, a day after, barely 24 hours after, minutes later
    id: "relative-count",
    pattern: `${L}(?:(?<approx>${APPROXIMATOR})\\s+)?(?:(?<n>${COUNT})\\s+)?(?<unit>(?:[Mm]inute|[Hh]our|[Dd]ay|[Ww]eek)s?)\\s+(?<dir>${RELATIVE_DIRECTION_WORD})${R}`,
    handle: (g) => {
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
  },
  {
    id: "relative-phrase",
    // "shortly after nine in the morning" gives the hour of the incident, not a time against another one.
    pattern: `${L}(?<rel>${RELATIVE_PHRASE})${R}(?!\\s+${CLOCK_TIME})`,
    handle: (g) => {
      const kind = RELATIVE_PHRASE_KIND.get(norm(g.rel!));
      if (kind === undefined) return null;
      const t = base("relative-phrase", null, false, "none");
      t.relative = kind;
      return t;
    },
  },
  {
    // recently, over the years, for decades
    id: "vague-phrase",
    pattern: `${L}(?<vp>${VAGUE_PHRASE})${R}`,
    handle: (g) => {
      const t = base("vague-phrase", null, true, "none");
      t.vague = true;
      t.period = VAGUE_PHRASE_PERIOD.get(norm(g.vp!)) ?? false;
      return t;
    },
  },
  {
    // last week, this month, earlier this year, so far this year, last weekend, this past weekend
    id: "calendar",
    pattern:
      `${L}(?:(?<pmod>${PERIOD_MODIFIER})\\s+|(?<cmod>${CALENDAR_MODIFIER})\\s+)?(?<![Tt]he\\s+)` +
      `(?<which>[Tt]his\\s+past|[Tt]his|[Ll]ast)\\s+(?<unit>weekend|week|month|year)${R}`,
    handle: (g, ctx) => {
      const w = norm(g.which!);
      const which = w === "last" ? "last" : w === "this past" ? "past" : "this";
      const unit = norm(g.unit!);
      const pmod = g.pmod !== undefined && PERIOD_MODIFIERS.has(norm(g.pmod));
      const cmod = g.cmod !== undefined ? norm(g.cmod) : "";
      const earlier = cmod === "earlier" || cmod === "early";
      const value =
        ctx.pub === null ? null : calendarValue(which === "past" && unit === "weekend" ? "this" : which, unit, earlier, ctx.pub);
      const t = base(`calendar-${which}-${unit}`, value, true, "since");
      // "this year" on its own is a running total ("killed this year"); "this month/week" usually date one event.
      t.period = pmod || (which === "this" && unit === "year" && cmod === "");
      t.vague = t.period;
      return t;
    },
  },
  {
    // earlier in the week, later in the month
    id: "calendar-in-the",
    pattern: `${L}(?<cmod>${CALENDAR_MODIFIER})\\s+in\\s+the\\s+(?<unit>week|month|year)${R}`,
    handle: (g, ctx) => {
      const unit = norm(g.unit!);
      const cmod = norm(g.cmod!);
      const value = ctx.pub === null ? null : calendarValue("this", unit, cmod === "earlier" || cmod === "early", ctx.pub);
      return base(`calendar-this-${unit}`, value, true, "none");
    },
  },
  {
    // over the weekend, at the weekend
    id: "the-weekend",
    pattern: `${L}(?:[Oo]ver|[Aa]t|[Oo]n|[Dd]uring|[Tt]hroughout)\\s+the\\s+weekend${R}`,
    handle: (_g, ctx) =>
      base("calendar-this-weekend", ctx.pub === null ? null : calendarValue("this", "weekend", false, ctx.pub), true, "none"),
  },
];

/** Named groups removed, for use inside the combined expression where names would clash. */
function unnamed(pattern: string): string {
  return pattern.replace(/\(\?<([A-Za-z_]\w*)>/g, "(?:");
}

// Every rule starts at the left edge of a word or number; checking that first lets most positions fail at once.
const COMBINED = new RegExp(`(?<![A-Za-z0-9])(?:${RULES.map((r, i) => `(?<r${i}>${unnamed(r.pattern)})`).join("|")})`, "g");
const STICKY = RULES.map((r) => new RegExp(r.pattern, "y"));
/** The combined pattern's group names, built once rather than for every rule at every match. */
const RULE_GROUPS = RULES.map((_, i) => `r${i}`);

// ---- leading words, joins ------------------------------------------------------------------------

const SINCE_LEAD = /(?<![A-Za-z])(?:[Ee]ver\s+)?[Ss]ince\s+$/;
const DAY_LEAD = new RegExp(
  `${L}(?:(?:[Ee]ver\\s+)?[Ss]ince\\s+|(?:(?:[Ll]ate|[Ee]arly)\\s+)?[Oo]n\\s+(?:the\\s+(?:morning|afternoon|evening|night|early\\s+hours)\\s+of\\s+)?|(?:[Ii]n\\s+)?[Tt]he\\s+(?:early\\s+hours|morning|afternoon|evening|night)\\s+of\\s+|[Ee]arly\\s+hours\\s+of\\s+)$`,
);
const COARSE_LEAD = new RegExp(
  `${L}(?:${YEAR_CUE_IN_SPAN}\\s+(?:(?:[Tt]he\\s+)?${SEASON}\\s+(?:of\\s+)?|${PART_OF_UNIT})?|(?:[Tt]he\\s+)?${SEASON}\\s+(?:of\\s+)?|${PART_OF_UNIT})$`,
);
const DECADE_LEAD = new RegExp(`${L}(?:${YEAR_CUE_IN_SPAN}\\s+)?(?:[Tt]he\\s+)?(?:${PART_OF_UNIT})?$`);
const SINCE_START = /^(?:ever\s+)?since\b/i;
/** What may stand between a weekday (or "today") and the date it names. */
const JOIN_GAP = new RegExp(`^[\\s,]*(?:${WEEKDAY_DATE_FILLER}[\\s,]+){0,3}(?:\\(\\s*)?(?:the\\s+)?$`);
const CLOSING_PAREN = /^\s*\)/;
const LEAD_WINDOW = 48;
/** How far back a superlative may stand from a period expression and still frame it. */
const RANKING_WINDOW = 90;

function leadPattern(lead: Token["lead"]): RegExp | null {
  switch (lead) {
    case "day":
      return DAY_LEAD;
    case "coarse":
      return COARSE_LEAD;
    case "decade":
      return DECADE_LEAD;
    case "since":
      return SINCE_LEAD;
    default:
      return null;
  }
}

/** "since X": from X up to publication, vague, a period. */
function sinceOf(t: Omit<Token, "start" | "end">, pub: number | null): Omit<Token, "start" | "end"> {
  const out = { ...t, source: `since-${t.source}`, vague: true, period: true, implied: true };
  const from = t.value ? parseIsoDay(t.value.start) : null;
  out.value = from !== null && pub !== null ? spanValue(from, Math.max(from, pub), t.value!.precision) : null;
  return out;
}

/** A weekday joined to the date beside it: the date, unless the weekday says it is 1-3 days late. */
function joinWeekday(dow: number, date: DayDate, pub: number | null): { value: DateValue | null; source: string } {
  const r = resolveDayDate(date, pub);
  if (r === null) return { value: null, source: "weekday-date" };
  const back = (weekday(r.first) - dow + 7) % 7;
  if (back === 0 || back > WEEKDAY_CORRECTION_MAX_DAYS) return { value: dayDateValue(r), source: "weekday-date" };
  return { value: dayValue(weekdayOnOrBefore(r.first, dow)), source: "weekday-date-corrected" };
}

/** Joins weekdays and "today"-like words to the explicit date beside them ("Thursday, March 8", "today (20 September)", "December 7 (Tuesday)"). */
function joinDates(tokens: Token[], s: string, pub: number | null): Token[] {
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
      if (w?.weekday && /^\s*\(\s*$/.test(s.slice(t.end, w.start))) {
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
}

/** Takes leading words ("on", "in early", "since") into each token's span; "since X" becomes a period. */
function takeLeads(tokens: Token[], s: string, pub: number | null): Token[] {
  let prevEnd = 0;
  return tokens.map((t) => {
    const pattern = leadPattern(t.lead);
    let out = t;
    if (pattern) {
      const from = Math.max(prevEnd, t.start - LEAD_WINDOW);
      const m = pattern.exec(s.slice(from, t.start));
      if (m && m[0].length > 0) {
        out = { ...t, start: t.start - m[0].length };
        if (SINCE_START.test(m[0])) out = { ...out, ...sinceOf(out, pub) };
      }
    }
    prevEnd = out.end;
    return out;
  });
}

/** "the deadliest attack since 2014", "the third raid this year": one incident ranked against a period, not an aggregate. */
function unrankPeriods(tokens: Token[], s: string): Token[] {
  return tokens.map((t) => {
    if (!t.period) return t;
    const before = s.slice(Math.max(0, t.start - RANKING_WINDOW), t.start);
    return RANKING_BEFORE.test(before) ? { ...t, period: false } : t;
  });
}

// ---- entry point ---------------------------------------------------------------------------------

/**
 * Time expressions in `text.slice(range.start, range.end)` (one sentence), resolved against `published`
 * (YYYY-MM-DD, or null when unknown). Spans point into `text`. Never reads the clock.
 */
const TIME_HINT =
  /\d|day|night|morning|evening|afternoon|noon|dawn|lunch|week|month|year|decade|centur|ago\b|since|recent|lately|earlier|later|past|previous|next|spring|summer|autumn|fall|winter|hour|minute|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|time|moment|period|season|eve\b/i;

export function findTimeExpressions(text: string, range: Span, published: string | null): TimeExpression[] {
  const from = Math.max(0, Math.min(range.start, text.length));
  const to = Math.max(from, Math.min(range.end, text.length));
  const s = text.slice(from, to);
  // Every rule needs a digit or one of these word pieces: most sentences without them are spared the full pattern.
  if (!TIME_HINT.test(s)) return [];
  // A full timestamp ("2025-12-20T08:00:00Z") is read by its date.
  const ctx: Context = { pub: parseIsoDay(published && /^\d{4}-\d{2}-\d{2}T/.test(published) ? published.slice(0, 10) : published) };

  const tokens: Token[] = [];
  const re = COMBINED;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    const groups = m.groups ?? {};
    let index = -1;
    for (let i = 0; i < RULES.length; i++) {
      if (groups[RULE_GROUPS[i]!] !== undefined) {
        index = i;
        break;
      }
    }
    // The first rule that matches here and accepts what it matched; later rules get a turn only when an
    // earlier one turns its match down (e.g. "31 April").
    let token: Omit<Token, "start" | "end"> | null = null;
    let end = m.index;
    for (let i = index; i >= 0 && i < RULES.length && token === null; i++) {
      const sticky = STICKY[i]!;
      sticky.lastIndex = m.index;
      const own = sticky.exec(s);
      if (own === null) continue;
      token = RULES[i]!.handle(own.groups ?? {}, ctx);
      end = m.index + own[0].length;
    }
    if (token === null) {
      re.lastIndex = m.index + 1;
      continue;
    }
    tokens.push({ ...token, start: m.index, end });
    re.lastIndex = Math.max(end, m.index + 1);
  }

  const resolved = unrankPeriods(takeLeads(joinDates(tokens, s, ctx.pub), s, ctx.pub), s);
  return resolved.map((t) => {
    const span: Span = { start: from + t.start, end: from + t.end };
    const out: TimeExpression = {
      span,
      text: text.slice(span.start, span.end),
      value: t.value,
      source: t.source,
      implied: t.implied,
      vague: t.vague,
      period: t.period,
    };
    if (t.relative !== undefined) out.relative = { kind: t.relative };
    return out;
  });
}
