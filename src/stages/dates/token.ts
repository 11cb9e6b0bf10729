/**
 * What a date parser reads from a sentence (a token), before the refiners join, widen and re-mark
 * the tokens and they become time expressions.
 */

import type { DateValue } from "../../core/model.ts";
import type { RelativeKind } from "./patterns.ts";

/** A date written with its day, kept so that a weekday beside it can be checked against it. */
export interface DayDate {
  year: number | null;
  month: number;
  day: number;
  day2: number | null;
}

export interface Token {
  /** Offsets into the sentence being read. */
  start: number;
  end: number;
  source: string;
  value: DateValue | null;
  implied: boolean;
  vague: boolean;
  period: boolean;
  // The optional fields are always present on tokens read from a sentence (undefined when
  // absent), so that tokens share one shape; see `read-tokens.ts`.
  relative?: RelativeKind | undefined;
  /** Which leading words may join the span: a day's ("on", "in the early hours of"), a month's or year's ("in", "early"), or only "since". */
  lead: "day" | "coarse" | "decade" | "since" | "none";
  weekday?: { dow: number; abbreviation: boolean } | undefined;
  date?: DayDate | undefined;
  /** "today", "yesterday"...: may be followed by the date it stands for ("today (20 September)"). */
  anchor?: boolean | undefined;
  /** A bare "overnight": the night before publication, unless the sentence names its day. */
  overnight?: boolean | undefined;
}

/** A token before its place in the sentence is known. */
export type Reading = Omit<Token, "start" | "end">;

export interface Context {
  /** Publication date as a day number, or null. */
  pub: number | null;
}

export type Groups = Record<string, string | undefined>;

/**
 * One kind of time expression. Its pattern is tried only where no letter or digit stands just
 * before; `read` turns the named groups of a match into a token, or null to turn the match down
 * (e.g. "31 April"), so that a later parser gets a turn at the same place.
 */
export interface Parser {
  id: string;
  pattern: string;
  read: (groups: Groups, ctx: Context) => Reading | null;
}

/** A step over all of a sentence's tokens, in text order, once every parser has read it. */
export type Refiner = (tokens: Token[], sentence: string, pub: number | null) => Token[];

export function base(source: string, value: DateValue | null, implied: boolean, lead: Token["lead"]): Reading {
  return { source, value, implied, vague: false, period: false, lead };
}
