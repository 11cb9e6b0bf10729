import type { ArticleEvent, PlaceValue, Range } from "../core/model.ts";
import { HORIZON_DAYS } from "../storage/merge-repository.ts";
import { comparePlaces, twoUnplacedVillages } from "./place-agreement.ts";
import { quotesIn, sharedFact, shareGroup, sharePerson, contextWordsOf, type FactsForSharing } from "./shared-facts.ts";
import { personMentionsIn } from "./person-mentions.ts";
import { isUnnamedArmedGroup } from "../actors/unnamed-armed-group.ts";
import { sidesAcrossBorder, statesCrossBorder } from "./cross-border.ts";
import { shareStory } from "./story-keys.ts";
import { typeAgreement } from "./type-agreement.ts";

/**
 * What scoring compares of an incident as one source tells it: the kind of act, the days, the
 * place, the toll, the actors and the names the text uses.
 */
export interface EventFacts extends FactsForSharing {
  articleId: string;
  type: ArticleEvent["type"]["value"];
  date: { start: string; end: string; day: boolean } | null;
  /** The weekday the text gives when no date could be fixed ("on Sunday" in an undated article). */
  weekday: string | null;
  /** For an undated report, the days it may fall on: before its article appeared (see HORIZON_DAYS). */
  horizon: { start: string; end: string } | null;
  location: PlaceValue | null;
  fatalities: Range | null;
  /** Its article's story keys: two articles on one story tell that day's incidents alike. */
  story: readonly string[];
  /** Its text states that the incident crossed a border. */
  crossBorder: boolean;
}

/** The facts of one article's report. */
export function factsOfReport(
  report: ArticleEvent,
  articleId: string,
  names: Set<string>,
  articleDay: string | null = null,
  evidenceText = "",
  story: readonly string[] = [],
): EventFacts {
  const d = report.date?.value;
  const place = report.location?.value ?? null;
  const persons = [report.actor1, report.actor2].flatMap((a) =>
    a && a.value.kind === "person" ? [a.value.name.replace(/\s*\(.*\)$/, "")] : [],
  );
  return {
    horizon: d || !articleDay ? null : undatedHorizon(articleDay),
    articleId,
    type: report.type.value,
    date: d ? { start: d.start, end: d.end, day: d.precision === "day" } : null,
    weekday: d ? null : (report.weekday ?? null),
    location: place,
    fatalities: report.fatalities?.value ?? null,
    actor1: report.actor1 && !report.actor1.implied ? report.actor1.value.name : null,
    actor2: report.actor2?.value.name ?? null,
    names,
    persons,
    groups: [report.actor1, report.actor2].flatMap((a) =>
      a && a.value.kind === "armed_group" && !isUnnamedArmedGroup(a.value) ? [a.value.name] : [],
    ),
    personMentions: personMentionsIn(evidenceText),
    operation: report.operation ?? null,
    quotes: quotesIn(evidenceText),
    story,
    crossBorder: statesCrossBorder(evidenceText) || sidesAcrossBorder(report),
    contextWords: contextWordsOf(place?.name, place?.admin1, report.actor1?.value.name, report.actor2?.value.name),
  };
}

const DAY = 86_400_000;
/** A date spanning more than a month (a year, a season) is "long": a day report needs more to join it. */
const LONG_SPAN = 31 * DAY;

function interval(start: string, end: string): [number, number] {
  return [Date.parse(start), Date.parse(end)];
}

/** A toll this large, told to the unit by two outlets, is their incident's own figure. */
const LARGE_TOLL = 10;

/**
 * Two tolls that overlap: outlets that agree on the dead most likely speak of one incident.
 * `oneCountry` tells that both are placed in one country.
 */
function tollsAgree(a: Range | null, b: Range | null, oneCountry: boolean): number {
  if (!a || !b) return 0;
  const lo = (r: Range) => r.min ?? 0;
  const hi = (r: Range) => r.max ?? Infinity;
  if (lo(a) > hi(b) || lo(b) > hi(a)) return 0;
  // The very figure, and a large one ("at least 70" twice), in one country, is rarely two
  // incidents' toll; a report placed nowhere could be any country's.
  if (oneCountry && a.min !== null && a.min === b.min && a.min >= LARGE_TOLL) return 1;
  return Math.min(lo(a), lo(b)) >= 3 ? 0.75 : 0.5;
}

/** What two reports that do not contradict each other agree on, before any shared fact. */
interface Consistency {
  /** What the types add (see type-agreement.ts). */
  types: number;
  /** Both dated to a day, not the same one. */
  dayApart: boolean;
  place: ReturnType<typeof comparePlaces>;
  /** The types' and the dates' agreement. */
  score: number;
}

/**
 * Null when two reports contradict each other: kinds of act that cannot be one incident, days
 * further apart than both dates allow (or than an undated report's weekday or horizon allows),
 * places that cannot be one. Otherwise what their types and dates agree on.
 */
function consistency(a: EventFacts, b: EventFacts): Consistency | null {
  const types = typeAgreement(a.type, b.type);
  if (types === null) return null;
  let score = types;
  let dayApart = false;

  // An undated report's incident came before its article appeared (and not long before).
  if (a.horizon && b.date && !overlapsDays(a.horizon, b.date)) return null;
  if (b.horizon && a.date && !overlapsDays(b.horizon, a.date)) return null;
  // "On Sunday" in an undated report cannot be a day that fell on a Thursday (a day either way is
  // allowed, as for dates: "Saturday night" in Washington is Sunday in Jordan).
  if (!a.date && a.weekday && b.date?.day && weekdaysApart(weekdayOf(b.date.start), a.weekday) > 1) return null;
  if (!b.date && b.weekday && a.date?.day && weekdaysApart(weekdayOf(a.date.start), b.weekday) > 1) return null;
  if (!a.date && !b.date && a.weekday && b.weekday && weekdaysApart(a.weekday, b.weekday) > 1) return null;
  if (a.date && b.date) {
    const [a0, a1] = interval(a.date.start, a.date.end);
    const [b0, b1] = interval(b.date.start, b.date.end);
    // Days further apart than both dates allow (a day either way, for time zones and late-night
    // incidents) are two incidents, however much else agrees.
    if (a0 > b1 + DAY || a1 < b0 - DAY) return null;
    // "In 2020" hardly confirms an incident of a given day: the rest must agree all the more.
    if (a1 - a0 > LONG_SPAN !== b1 - b0 > LONG_SPAN) score -= 1;
    score += a.date.day && b.date.day ? (a0 === b0 ? 1 : 0.5) : 0.5;
    dayApart = a.date.day && b.date.day && a0 !== b0;
  }

  const place = comparePlaces(a.location, b.location, a.names, b.names, a.crossBorder || b.crossBorder);
  if (place.apart) return null;
  return { types, dayApart, place, score };
}

/**
 * True when two reports name two villages the gazetteer could not place (see
 * `twoUnplacedVillages`): they never end up in one event, even through a third report vaguer
 * than both. Other disagreements between two reports of one event are left to the pairs that
 * joined them: outlets do misdate, mistype and misplace one incident, and a third outlet that
 * agrees with both tells it.
 */
export function twoVillages(a: EventFacts, b: EventFacts): boolean {
  return twoUnplacedVillages(a.location, b.location, a.names, b.names);
}

/**
 * Scores how likely two sources tell of one incident; null when they contradict (days further
 * apart than both dates allow, another country, places further apart than both precisions allow,
 * two towns by two names, kinds of act that cannot be one incident) or when they share nothing
 * specific: in a feed of hundreds of incidents a day, agreeing on the day, the country and the
 * type says little. They must share the spot, a named person, the toll, the operation, a quote
 * or several names (see shared-facts.ts).
 */
export function scoreFacts(a: EventFacts, b: EventFacts): number | null {
  if (a.articleId === b.articleId) return null;
  const basis = consistency(a, b);
  if (basis === null) return null;
  const { types, place, dayApart } = basis;
  let score = basis.score;

  // Reports of articles on one story need no more (see story-keys.ts), unless neither is dated.
  const companions = (a.date !== null || b.date !== null) && !dayApart && shareStory(a.story, b.story);
  // An undated report could be any day of months, and one town sees many incidents in that time:
  // the spot counts only with the weekday the text gives, or for the very same kind of act.
  const timed = (f: EventFacts) => f.date !== null || f.weekday !== null;
  // A day apart, one town sees two incidents as often as one incident is dated two ways: the spot
  // counts for one kind of act, or with tolls that tell one incident (alike, or grown a little).
  // And when neither is dated within a month (a year, or no date), one town over such a span
  // sees many incidents: the spot alone tells nothing.
  const withinMonth = (f: EventFacts) => f.date !== null && Date.parse(f.date.end) - Date.parse(f.date.start) <= LONG_SPAN;
  const spotTells =
    place.sameSpot &&
    (withinMonth(a) || withinMonth(b)) &&
    ((timed(a) && timed(b)) || types === 1) &&
    (!dayApart || types === 1 || closeTolls(a.fatalities, b.fatalities));
  if (!spotTells && !companions && !factTells(a, b, sharedFact(a, b, place.nested, !place.disputed))) return null;
  score += place.score;
  const oneCountry = a.location?.country != null && a.location.country === b.location?.country;
  score += tollsAgree(a.fatalities, b.fatalities, oneCountry);
  // "Unidentified armed group" on both sides says nothing about their being one incident.
  if (a.actor1 && a.actor1 === b.actor1) score += 0.5;
  if (a.actor2 && a.actor2 === b.actor2) score += 0.5;
  // A named victim or perpetrator in both is rarely chance, however else the outlets tell it.
  if (sharePerson(a, b)) score += 0.5;
  // One named group, put on another side by each outlet (the gang that attacked, the gang the
  // police fought), still says who was there.
  if (a.actor1 !== b.actor1 && a.actor2 !== b.actor2 && shareGroup(a, b)) score += 0.5;
  score += namesShared(a.names, b.names);
  return score;
}

/**
 * Whether the fact two reports share tells one incident. Weak facts together ("several") do for
 * dated reports; two undated ones could be months apart, and one group's attacks in one province
 * share such facts often: they need the same weekday stated by both besides.
 */
function factTells(a: EventFacts, b: EventFacts, fact: string | null): boolean {
  if (fact === null) return false;
  if (fact !== "several" || a.date !== null || b.date !== null) return true;
  return a.weekday !== null && a.weekday === b.weekday;
}

/** Two tolls both given that differ by a quarter at most (a toll grows as reports come in). */
function closeTolls(a: Range | null, b: Range | null): boolean {
  if (a?.min == null || b?.min == null) return false;
  return Math.abs(a.min - b.min) <= Math.max(1, 0.25 * Math.max(a.min, b.min));
}

/** The days an undated report of an article of `articleDay` may fall on. */
export function undatedHorizon(articleDay: string): { start: string; end: string } {
  const day = Date.parse(articleDay);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return { start: iso(day - HORIZON_DAYS * DAY), end: iso(day + DAY) };
}

function overlapsDays(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return Date.parse(a.start) <= Date.parse(b.end) + DAY && Date.parse(b.start) <= Date.parse(a.end) + DAY;
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function weekdayOf(day: string): string {
  return WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]!;
}

/** Days between two weekdays, the short way round (0 to 3); 0 for a name that is not a weekday. */
function weekdaysApart(a: string, b: string): number {
  const i = WEEKDAYS.indexOf(a);
  const j = WEEKDAYS.indexOf(b);
  if (i < 0 || j < 0) return 0;
  const d = Math.abs(i - j);
  return Math.min(d, 7 - d);
}

/** Capitalised words inside sentences that are not names of anything in particular. */
const COMMON = new Set(
  "The A An In On At Of And But For After Before During While When Since According It He She They We His Her Their This That These Those There Its Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(
    " ",
  ),
);

/**
 * The names a text uses (capitalised words not opening a sentence, folded to lower case): the
 * places, people and groups two reports of one incident share whatever else they disagree on.
 */
export function namesIn(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[\p{Ll},;:]\s+|[\p{L}]\s+\()(\p{Lu}[\p{L}'’-]{2,})/gu)) {
    const w = m[1]!.replace(/['’]s$/u, "");
    // Three capitals are a division's or a unit's abbreviation ("LGA", "IDF") as often as a name.
    if (!COMMON.has(w) && !/^\p{Lu}{3}$/u.test(w)) names.add(w.toLowerCase());
  }
  return names;
}

/**
 * Up to a point and a half for the share of names two reports have in common (over the smaller
 * set): two outlets naming the same people and places most likely tell of one incident.
 */
function namesShared(a: Set<string>, b: Set<string>): number {
  const shared = sharedNameCount(a, b);
  if (shared < 2) return 0;
  return (1.5 * shared) / Math.min(a.size, b.size);
}

function sharedNameCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const n of a) if (b.has(n)) shared++;
  return shared;
}

/** The minimum score for a merge: more than a shared type needs to agree. */
export const MERGE_THRESHOLD = 2;
