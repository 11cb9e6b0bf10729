/**
 * Regular-expression fragments and look-up tables built once, at module load, from the date lexicon
 * (`src/lexicon/dates/time-words.json`).
 */

import words from "../../lexicon/dates/time-words.json" with { type: "json" };

/** Lower-case with single spaces: the key form of every look-up table here. */
export function norm(s: string): string {
  return s.toLowerCase().replace(/\s+/g, " ").trim();
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A lexicon phrase as a pattern: words joined by any run of white space, and the first letter of each
 * word in either case ("last week" also matches "Last Week"), the rest as written.
 */
function phrase(p: string): string {
  return p
    .trim()
    .split(/\s+/)
    .map((w) => {
      const first = w.charAt(0);
      const rest = escape(w.slice(1));
      if (/[a-z]/i.test(first)) return `[${first.toLowerCase()}${first.toUpperCase()}]${rest}`;
      return escape(first) + rest;
    })
    .join("\\s+");
}

/** An alternation of phrases, longest first so that "a few" wins over "a". */
function anyOf(items: readonly string[], exact = false): string {
  const sorted = [...new Set(items)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((p) => (exact ? escape(p) : phrase(p))).join("|")})`;
}

function table<T>(items: Record<string, T>): Map<string, T> {
  return new Map(Object.entries(items).map(([k, v]) => [norm(k), v]));
}

// ---- look-up tables ------------------------------------------------------------------------------

/** Full weekday name or short form -> day of week (0 = Sunday). */
export const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map([
  ...words.weekdays.items.map((w, i) => [norm(w), i] as const),
  ...Object.entries(words.weekdayAbbreviations.items).map(([w, i]) => [norm(w), i] as const),
]);

/** Full month name or short form (no full stop) -> month number (1-12). */
export const MONTH_INDEX: ReadonlyMap<string, number> = new Map([
  ...words.months.items.map((m, i) => [norm(m), i + 1] as const),
  ...Object.entries(words.monthAbbreviations.items).map(([m, i]) => [norm(m), i] as const),
]);

export const PUBLICATION_DAY_OFFSET: ReadonlyMap<string, number> = table(words.publicationDayWords.items);

export type RelativeKind = "next_day" | "previous_day" | "same_day" | "days_before" | "hours_earlier";
const RELATIVE_KINDS: readonly RelativeKind[] = ["next_day", "previous_day", "same_day", "days_before", "hours_earlier"];
function isRelativeKind(k: string): k is RelativeKind {
  return (RELATIVE_KINDS as readonly string[]).includes(k);
}

export const RELATIVE_PHRASE_KIND: ReadonlyMap<string, RelativeKind> = new Map(
  Object.entries(words.relativeDayPhrases.items).map(([p, k]) => {
    if (!isRelativeKind(k)) throw new Error(`date lexicon: unknown relative kind "${k}" for "${p}"`);
    return [norm(p), k] as const;
  }),
);

export const RELATIVE_DIRECTION: ReadonlyMap<string, number> = table(words.relativeDirections.items);
export const NUMBER_WORD: ReadonlyMap<string, number> = table(words.numberWords.items);
export const VAGUE_COUNT: ReadonlySet<string> = new Set(words.vagueCounts.items.map(norm));
export const VAGUE_PHRASE_PERIOD: ReadonlyMap<string, boolean> = new Map(
  words.vaguePhrases.items.map((v) => [norm(v.phrase), v.period] as const),
);
export const PERIOD_MODIFIERS: ReadonlySet<string> = new Set(words.periodModifiers.items.map(norm));

// ---- pattern fragments ---------------------------------------------------------------------------

/** Nothing alphabetic just before: the left edge of a word. */
export const L = "(?<![A-Za-z])";
/** Nothing alphabetic just after: the right edge of a word. */
export const R = "(?![A-Za-z])";

export const WEEKDAY = anyOf(words.weekdays.items, true);
export const WEEKDAY_ABBREVIATION = anyOf(Object.keys(words.weekdayAbbreviations.items), true);
export const WEEKDAY_NOT_BEFORE = `(?<!${L}${anyOf(words.weekdayNotDateBefore.items, true)}\\s+)`;
export const WEEKDAY_NOT_AFTER = `(?!\\s+${anyOf(words.weekdayNotDateAfter.items, true)}${R})`;
export const DAY_PART = anyOf(words.dayParts.items);
export const WEEKDAY_LEAD = anyOf(words.weekdayLeads.items);
export const WEEKDAY_DATE_FILLER = anyOf([...words.weekdayDateFillers.items, ...words.dayParts.items]);

export const MONTH_FULL = anyOf(words.months.items, true);
/** A month name or a short form with an optional full stop, as a whole word. */
export const MONTH_ANY = `(?:${MONTH_FULL}|${anyOf(Object.keys(words.monthAbbreviations.items), true)}\\.?)${R}`;
/** A day of the month, 1-31, with an optional leading zero. */
export const DAY_NUMBER = "(?:[12]\\d|3[01]|0?[1-9])";
export const ORDINAL = "(?:st|nd|rd|th)?";
/** A year this pipeline reads as a year. */
export const YEAR = "(?:19|20)\\d\\d";

export const PUBLICATION_DAY = anyOf(Object.keys(words.publicationDayWords.items));
export const RELATIVE_PHRASE = anyOf(Object.keys(words.relativeDayPhrases.items));
/**
 * An hour or a time of day ("nine in the morning", "9:30", "10 p.m.", "midnight"): after "shortly
 * after" it tells when the incident happened, not that it followed another. A bare number counts
 * only before a comma or full stop ("shortly after two rockets hit" is still relative).
 */
export const CLOCK_TIME =
  `(?:${anyOf(words.clockTimes.items)}${R}` +
  `|(?:\\d{1,4}(?:[:.]\\d{2})?|${anyOf(words.clockTimes.hours)})\\s*${anyOf(words.clockTimes.markers)}${R}` +
  `|\\d{1,2}[:.]\\d{2}(?!\\d)|(?:\\d{1,2}|${anyOf(words.clockTimes.hours)})(?=\\s*(?:[,;.)]|$)))`;
export const RELATIVE_DIRECTION_WORD = anyOf(Object.keys(words.relativeDirections.items));
export const VAGUE_PHRASE = anyOf(words.vaguePhrases.items.map((v) => v.phrase));
/** A count of time units: digits, a spelt-out number or a vague count ("several"). */
export const COUNT = `(?:\\d{1,3}|${anyOf([...Object.keys(words.numberWords.items), ...words.vagueCounts.items])})`;
export const APPROXIMATOR = anyOf(words.approximators.items);
export const PERIOD_PREPOSITION = anyOf(words.periodPrepositions.items);
export const CALENDAR_MODIFIER = anyOf(words.calendarModifiers.items);
export const PERIOD_MODIFIER = anyOf(words.periodModifiers.items);
export const MONTH_CUE = anyOf(words.monthCues.items);
/** "early", "mid", "the end of" ... followed by a space or hyphen. */
export const PART_OF_UNIT = `${anyOf(words.partOfUnitModifiers.items)}[\\s-]*`;
export const SEASON = anyOf(words.seasons.items);
export const YEAR_CUE = anyOf(words.yearCues.items);
export const YEAR_CUE_IN_SPAN = anyOf(["ever since", ...words.yearCuesInSpan.items]);
/** A superlative or ordinal earlier in the same clause: "the deadliest attack [since 2014]". */
export const RANKING_BEFORE = new RegExp(`${L}${anyOf(words.rankingWords.items)}${R}[^;:.!?]*$`);
export const YEAR_NOT_AFTER = `\\s+${anyOf(words.yearNotDateAfter.items)}${R}`;

/** Month number (1-12) of a month name or short form, with or without its full stop. */
export function monthOf(raw: string): number | null {
  return MONTH_INDEX.get(norm(raw).replace(/\.$/, "")) ?? null;
}

/** Day of week (0 = Sunday) of a weekday name or short form, with or without its full stop. */
export function weekdayOf(raw: string): number | null {
  return WEEKDAY_INDEX.get(norm(raw).replace(/\.$/, "")) ?? null;
}
