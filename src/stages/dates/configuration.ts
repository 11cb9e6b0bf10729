/**
 * The date parsers and refiners, in the order they run. Where two parsers can match at the same
 * place, the first that matches and accepts what it matched wins, so order matters: full dates
 * before their parts ("13 December 2025" before "December 2025" before "2025"), the weekday before
 * "overnight", counted periods before bare phrases.
 */

import { ago } from "./parsers/ago.ts";
import { calendarInThe } from "./parsers/calendar-in-the.ts";
import { calendarPeriod } from "./parsers/calendar-period.ts";
import { dayMonthYearHyphenated } from "./parsers/day-month-year-hyphenated.ts";
import { dayMonth } from "./parsers/day-month.ts";
import { decade } from "./parsers/decade.ts";
import { isoDate } from "./parsers/iso-date.ts";
import { monthDay } from "./parsers/month-day.ts";
import { monthWithCue } from "./parsers/month-with-cue.ts";
import { monthYear } from "./parsers/month-year.ts";
import { numericDate } from "./parsers/numeric-date.ts";
import { overnight } from "./parsers/overnight.ts";
import { pastPeriod } from "./parsers/past-period.ts";
import { publicationDay } from "./parsers/publication-day.ts";
import { recentPeriod } from "./parsers/recent-period.ts";
import { relativeCount } from "./parsers/relative-count.ts";
import { relativePhrase } from "./parsers/relative-phrase.ts";
import { theWeekend } from "./parsers/the-weekend.ts";
import { vaguePhrase } from "./parsers/vague-phrase.ts";
import { weekdayAbbreviation } from "./parsers/weekday-abbreviation.ts";
import { weekday } from "./parsers/weekday.ts";
import { year } from "./parsers/year.ts";
import { dropOvernight } from "./refiners/drop-overnight.ts";
import { joinWeekdayDates } from "./refiners/join-weekday-dates.ts";
import { takeLeadingWords } from "./refiners/take-leading-words.ts";
import { unrankPeriods } from "./refiners/unrank-periods.ts";
import type { Parser, Refiner } from "./token.ts";

export const PARSERS: readonly Parser[] = [
  isoDate,
  numericDate,
  weekdayAbbreviation,
  dayMonth,
  dayMonthYearHyphenated,
  monthDay,
  monthYear,
  monthWithCue,
  decade,
  year,
  publicationDay,
  weekday,
  overnight,
  pastPeriod,
  recentPeriod,
  ago,
  relativeCount,
  relativePhrase,
  vaguePhrase,
  calendarPeriod,
  calendarInThe,
  theWeekend,
];

/**
 * Each takes the tokens the one before it left. "overnight" is dropped before joining, so that it
 * never stands between a weekday and its date; leading words are taken after joining, so that
 * "since Friday, 13 March" is one period from the joined date; rankings are looked for once the
 * spans are final.
 */
export const REFINERS: readonly Refiner[] = [dropOvernight, joinWeekdayDates, takeLeadingWords, unrankPeriods];
