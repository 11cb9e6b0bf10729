import { DATE_RANK, PLACE_RANK } from "../../core/model.ts";
import type { Doc, Sentence } from "../../core/document.ts";
import type { Span } from "../../core/span.ts";
import type { EventType } from "../../core/event-types.ts";
import type { ActorValue, Mention, PlaceValue } from "../../core/model.ts";
import type { TimeExpression } from "../dates/find-time-expressions.ts";
import { actorCandidates, assignActors, stateForces, type ActorCandidate } from "./assign-actors.ts";
import { needsUnicode, NON_EVENT, TRIGGERS, WEAPONS, findCues, type TriggerType } from "./cue-lexicons.ts";
import { joinedPattern } from "./joined-pattern.ts";
import { readCasualties, type Casualty } from "./read-casualties.ts";
import { placeSpeaks } from "./place-as-speaker.ts";
import { settingTime } from "./setting-time.ts";
import { quotedRecord } from "./quoted-record.ts";
import { isUnnamedArmedGroup } from "../../actors/unnamed-armed-group.ts";
import { reportingVerbs } from "../reporting-verbs.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
/** Nothing, or one word, between two triggers. */
const NEXT_WORD_GAP = /^\s+(?:\p{L}+\s+)?$/u;

/** A place mention as the mentions stage stores it. */
export type PlaceMention = Mention & { normalised: PlaceValue & { countryOnly: boolean; demonym: boolean; soft: boolean } };

/** One trigger and the stretch of its sentence that belongs to it: what one clause says of one incident. */
export interface Observation {
  sentence: Sentence;
  trigger: { start: number; end: number; text: string; type: TriggerType };
  window: { start: number; end: number };
  weapons: EventType[];
  time: (Mention & { normalised: TimeExpression }) | null;
  place: PlaceMention | null;
  country: PlaceMention | null;
  actor1: ActorCandidate | null;
  actor2: ActorCandidate | null;
  casualties: Casualty[];
  /** A date the window gives only for a statement about the incident ("said on Sunday"). */
  statedAt: (Mention & { normalised: TimeExpression }) | null;
  /** The weekday the window names ("on Tuesday"), kept even when no publication date turns it into a date. */
  weekday: string | null;
  /**
   * When the window says it happened in words no publication date turned into days ("Friday",
   * "last week"): still enough to tell two incidents apart. The weekday, or the rule's name.
   */
  unresolvedWhen: string | null;
  /** "the next day", "hours earlier": dated only against another incident. */
  relative: NonNullable<TimeExpression["relative"]>["kind"] | null;
  /** The words that tell of the incident when the rest of the sentence tells of something else (a commemoration). */
  told?: { start: number; end: number };
  /** "the attack", "Friday's strike": points back to an incident already told. */
  definite: boolean;
  /** Gives a date, a place, a toll or a named victim of its own. */
  concrete: boolean;
  /** Only made known ("announced the arrest of…"): real, but neither its day nor its place is the announcement's. */
  announced: boolean;
}

const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
const MOTION_BEFORE = /\b(?:into|from|toward|towards|fled to|back to|returned to|crossed to)\s+(?:the\s+)?(?:neighbou?ring\s+)?$/i;
/** "announced the arrest of…": an arrest made known, which happened whatever else is said of it. */
const ANNOUNCED_BEFORE = new RegExp(String.raw`\b(?:${reportingVerbs("made-known")})\s+(?:the\s+)?$`, "i");
/** A subject pronoun right before the trigger, adverbs allowed: "it also assassinated", "they then stormed". */
const PRONOUN_SUBJECT_BEFORE =
  /(?:^|[.;,]\s*|\b(?:and|but|then)\s+|^\s*|\s)(?:it|they)\s+(?:(?:also|then|later|reportedly|allegedly|had|has|have)\s+){0,2}$/i;
/** The perfect tense with a single act as its object: not a tally. */
const SINGLE_ACT_PERFECT = /\b(?:have|has)\s+(?:carried out|conducted|launched)\s+(?:a|an)\s/i;
/** People or forces "from" a place: their origin, not the incident's place. */
const ORIGIN_BEFORE =
  /\b(?:forces|fighters|troops|militants|rebels|soldiers|residents|people|men|groups?|delegations?|officials?|negotiators|representatives|refugees|migrants|travell?ing|heading|driving|returning)\s+from\s+(?:the\s+)?$/i;
/** An office held for a place ("mayor of", "governor of"): the place names the office, not the incident. */
const TITLE_OF_BEFORE =
  /\b(?:mayor|vice[- ]mayor|governor|vice[- ]governor|councill?or|senator|congressman|congresswoman|lawmaker|MP|chairman|chairperson|commissioner|prefect|administrator|sheriff|bishop|mufti|emir|sultan)\s+(?:of|for)\s+(?:the\s+)?$/i;
/**
 * "a bus to Kramatorsk", "the road to Kidal", "heading for Goma", "travelling from Gao toward
 * Kidal": where people were going or coming from, not where it happened.
 */
const DESTINATION_BEFORE =
  /\b(?:(?:bus(?:es)?|coach|minibus|train|flight|ferry|boat|truck|lorry|convoy|road|highway|route|journey|trip|way)\s+(?:to|towards?)|(?:heading|headed|travell?ing|driving|going|returning|en route|bound|moving)\s+(?:from\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}?)?(?:to|for|towards?|from))\s+(?:the\s+)?$/iu;
/**
 * ", in which", ", during which", ", which left", ", with 55 killed": a clause that tells more of
 * the incident named just before it.
 */
const TOLL_OF_NAMED = /,\s*(?:(?:in|during|at|from)\s+which|which|with)\s[^,;]*$/i;
/** "Pakistan air strikes", "Russian shelling": a country written right before the act is the side that acted, not the place. */
const ACT_AFTER = /^(?:['’]s)?\s+(?:(?!(?:fighters|militants|rebels|gunmen|militias?|groups?|proxies|allies)\b)[\p{L}-]+\s+)?$/iu;
/** "whose", "who", "which": a relative clause opens, inside a sentence whose main clause goes on after it. */
const RELATIVE_OPENER = /\b(?:whose|who|which)\b/i;
/** ", was returned", ", have been held": the main clause's verb, after a relative clause closes with a comma. */
const MAIN_CLAUSE_RESUMES = /,\s+(?:was|were|is|are|has|have|had)\s+(?:(?:been|not|also|later|since|then)\s+)?\p{L}+(?:ed|en|wn|ne)\b/u;
/** "a Pakistan security official said", "Afghan authorities": a country named for whose people speak or act, not where it happened. */
const OWNER_AFTER =
  /^(?:['’]s)?\s+(?:[\p{L}-]+\s+)?(?:officials?|spokes(?:man|woman|person)|ministers?|ministry|envoy|sources?|authorities|government|diplomats?|ambassador|embassy|president|prime minister|army|military|troops|forces|police|intelligence)\b/iu;
/** Acts of war that states carry out: told by a demonym alone ("Israeli strikes"), the state is the side that acted. */
const STATE_STRIKES: ReadonlySet<string> = new Set(["air_drone_strike", "shelling_artillery_missile_attack", "strike", "bombing"]);
/**
 * "occurred while the envoy was meeting", "came days after": what follows sets an incident already
 * named in time against other affairs (talks, visits, votes) or other days, not its own circumstances.
 */
const CIRCUMSTANCE_AFTER =
  /^\s+(?:(?:also|reportedly)\s+)?(?:occurred|came|comes|took place|happened|unfolded)\s+(?:(?:just|shortly|only|barely)\s+)?(?:(?:while|as|amid|at a time when)\b(?=[^.;]{0,120}\b(?:meet(?:s|ing)?|met|talks|visit(?:s|ing|ed)?|summit|negotiations?|discuss(?:ed|ing)?|conference|elections?|vote)\b)|(?:hours|days|weeks|months|a day|a week|a month|\w+ days)\s+(?:after|before)\b)/i;
/** "to honour", "in memory of", "the anniversary of": an incident remembered by what the sentence tells, not told anew. */
const REMEMBERED =
  /\b(?:to (?:honou?r|commemorate|mourn|remember|mark)|in (?:memory|remembrance|honou?r) of|commemorat(?:e|ed|es|ing)|(?:the )?anniversary of)\b/i;
/** "mediated by Qatar and", "brokered by": a third party to talks, never a side of the incident. */
const MEDIATOR_BEFORE =
  /\b(?:mediated|brokered|hosted|facilitated|chaired|convened|arbitrated)\s+(?:jointly\s+)?by\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|and|,)\s*){0,4}$/iu;
/** "in Sudan fighting", "across Syria": a preposition makes the country the place after all. */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|near|across|into|inside|of|from|on|over|throughout)\s+(?:the\s+)?$/i;
/** "near the Afghan border", "the Syria-Turkey frontier": a country named for its border says nothing of which side the incident was on. */
const BORDER_BEFORE = /\b(?:border|frontier|boundary)\s+(?:between|of)\s+(?:the\s+)?(?:\S+\s+and\s+(?:the\s+)?)?$/i;
const BORDER_AFTER = /^(?:[-–](?:[\p{L}]+))?\s+(?:border|frontier|boundary)\b/iu;
/** A reporting verb right before a date ("as announced by local authorities on Wednesday"): the date of the statement. */
const REPORTING_BEFORE = new RegExp(
  String.raw`\b(?:${reportingVerbs("statement-date-before")})(?:\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?\s*$`,
  "i",
);
/** "following the attack", "after the bombing": a trigger named only to date something else by it. */
const BACK_REFERENCE =
  /\b(?:following|after|in the wake of|in the aftermath of|since)\s+(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
/** A reporting verb right after a date ("on Tuesday announced that…"): the date of the statement. */
const REPORTING_AFTER = new RegExp(String.raw`^,?\s+(?:${reportingVerbs("statement-date-after")})\b`, "i");
const DEFINITE_BEFORE = /\b(?:the|that|this|these|those|its|their|latest|same|such|\p{Lu}[\p{L}]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "despite a ceasefire agreed in November", "in violation of the truce", "since the cessation of
 * hostilities": an agreement the sentence holds up as background to something else, not one made.
 */
const BACKGROUND_AGREEMENT_BEFORE =
  /\b(?:despite|in spite of|in (?:violation|breach|defiance) of|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|break(?:s|ing)?|broke|since)\s+(?:(?:an?|the|its|their|this|that|last|[\p{Lu}][\p{L}]*['’]s)\s+)?(?:[\p{L}\d-]+\s+){0,3}$/iu;

/**
 * "filed charges of rape", "convicted of murder", "accused of kidnapping": an act named as what a
 * court or an accuser holds against someone, not told as an incident.
 */
const NAMED_AS_CHARGE_BEFORE =
  /\b(?:charges? of|charged with|convicted of|acquitted of|accused of|guilty of|(?:on )?trial for|sentenced for|indicted for|conviction for)\s+(?:(?:and|other|acts?|of|the|alleged|attempted|[\w-]+ing)\s+){0,4}$/i;

/** Speaking and its venues: a place after these, in the same stretch, is where something was said. */
const SPEAKING = new RegExp(
  String.raw`\b(?:${reportingVerbs("where-said")}|briefing|parley|press conference|news conference|interview)\b(?:[^.;!?,]*\s(?:at|in)\s(?:the\s)?[^.;!?,]*)?\s(?:in|at)\s(?:the\s)?$`,
  "i",
);

/** True when the place at `at` is where something was said, not where the trigger's incident happened. */
function whereSaid(text: string, from: number, at: number, trigger: { start: number; end: number }): boolean {
  const m = SPEAKING.exec(text.slice(from, at));
  if (!m) return false;
  const cue = from + m.index;
  // "said the strike hit Aleppo": the incident's own words stand between the speaking and the place.
  return !(trigger.start >= cue && trigger.end <= at);
}

/** Words that open a new clause: where one trigger's stretch of the sentence ends and the next one's begins. */
const CLAUSE_MARK =
  /,(?!\s*\d{4}\b)|[;:(]|\s(?:after|following|before|when|while|as|amid|in response to|in retaliation for|which|who|that|during|since|and)\s/g;

/**
 * Cuts a sentence into one stretch per trigger: between two triggers, at the last clause mark
 * before the second one, else right before it.
 */
export function clauseBounds(
  text: string,
  triggers: Array<{ start: number; end: number }>,
  start: number,
  end: number,
  times: ReadonlyArray<{ span: { start: number; end: number } }> = [],
): number[] {
  const bounds = [start];
  for (let i = 0; i + 1 < triggers.length; i++) {
    const gapStart = triggers[i]!.end;
    const gapEnd = triggers[i + 1]!.start;
    const gap = text.slice(gapStart, gapEnd);
    let cut = gapEnd;
    CLAUSE_MARK.lastIndex = 0;
    for (let m = CLAUSE_MARK.exec(gap); m; m = CLAUSE_MARK.exec(gap)) cut = gapStart + m.index;
    // "the Sunday June 5, 2022 massacre": a date written right before a trigger is that trigger's.
    const attributive = times.find(
      (x) =>
        x.span.start >= gapStart &&
        x.span.end <= gapEnd &&
        /^\s{1,2}$/.test(text.slice(x.span.end, gapEnd)) &&
        (/\b(?:the|a|an|this|that|last)\s+$/i.test(text.slice(Math.max(gapStart, x.span.start - 6), x.span.start)) ||
          /['’]s$/.test(text.slice(x.span.start, x.span.end))),
    );
    if (attributive) cut = Math.min(cut, attributive.span.start);
    bounds.push(Math.max(cut, gapStart));
  }
  bounds.push(end);
  return bounds;
}

const CUES_IN_SENTENCE = new WeakMap<Sentence, typeof NON_EVENT>();
/** All non-event cues at once, to pass over the many sentences that hold none. */
const ANY_NON_EVENT_SOURCE = joinedPattern(NON_EVENT.map((c) => c.re.source));
const ANY_NON_EVENT = new RegExp(ANY_NON_EVENT_SOURCE, needsUnicode(ANY_NON_EVENT_SOURCE) ? "iu" : "i");

/** Cues that bind only the clause they stand in; the others colour the whole sentence. */
const CLAUSE_SCOPED = new Set(["future", "conditional", "background", "tally", "denial", "strike_action"]);

/** Where one clause ends and the next begins: punctuation, and conjunctions that open a clause of their own. */
const CLAUSE_EDGE = /[,;:]|\s(?:as|while|but|although|whereas|amid|because)\s/g;

/** The clause of a sentence around a position, with the conjunction that opens it. */
function clauseAround(text: string, sentence: Sentence, at: number): { start: number; end: number } {
  let start = sentence.span.start;
  let end = sentence.span.end;
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(sentence.text); m; m = CLAUSE_EDGE.exec(sentence.text)) {
    const pos = sentence.span.start + m.index;
    // A clause keeps the word that opens it ("amid an offensive…"): that word can be the cue.
    if (pos < at) start = pos + (/^[,;:]/.test(m[0]) ? m[0].length : 1);
    else if (pos >= at) {
      end = pos;
      break;
    }
  }
  return { start, end };
}

/**
 * Why a trigger names no concrete incident: a period over the whole sentence ("over the past
 * year"), or a threat, plan, history or tally in the trigger's own clause ("strikes were
 * imminent"), not in a neighbouring one ("..., as the group's resurgence threatens the region").
 */
export function triggerNonEventReason(
  text: string,
  sentence: Sentence,
  times: TimeExpression[],
  trigger: { start: number },
): string | null {
  // "Over the past year, militants attacked…": a period before the trigger, or in its clause, makes
  // it a tally; one after it in another clause ("…agreed to stop fighting in the two-year war") does not.
  const periods = times.filter((t) => t.period);
  if (periods.length > 0) {
    const clause = clauseAround(text, sentence, trigger.start);
    if (periods.some((t) => t.span.start < trigger.start || t.span.start < clause.end)) return "period";
  }
  // Only cues found somewhere in the sentence need a look at the trigger's clause.
  let inSentence = CUES_IN_SENTENCE.get(sentence);
  if (!inSentence) {
    inSentence = !ANY_NON_EVENT.test(sentence.text)
      ? []
      : NON_EVENT.filter((cue) => {
          cue.re.lastIndex = 0;
          return cue.re.test(sentence.text);
        });
    CUES_IN_SENTENCE.set(sentence, inSentence);
  }
  if (inSentence.length === 0) return null;
  const clause = clauseAround(text, sentence, trigger.start);
  const words = text.slice(clause.start, clause.end);
  const days = times.filter((t) => t.value?.precision === "day" && !t.vague && !t.period && !t.relative);
  for (const cue of inSentence) {
    // Threats and conditions bind their own clause; tallies and history colour the whole sentence.
    // "have arrested X on August 7": the perfect tense with a day is one incident, not a tally.
    if (cue.value === "tally" && times.some((t) => t.value?.precision === "day")) continue;
    // "has carried out a fresh attack": one act, told in the perfect tense.
    if (cue.value === "tally" && SINGLE_ACT_PERFECT.test(sentence.text)) continue;
    // "On 3 May, the governor declared a curfew, as the region has been restive since 2017": a
    // sentence that fixes its day tells one incident; a period elsewhere in it is background.
    const clauseOnly = CLAUSE_SCOPED.has(cue.value) || (cue.value === "aggregate" && days.length > 0);
    const scope = clauseOnly ? words : sentence.text;
    cue.re.lastIndex = 0;
    if (cue.re.test(scope)) return cue.value;
  }
  return null;
}

/** "four years ago", "a year ago": years back from the day the article appeared, whichever it was. */
const YEARS_AGO = /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)\s+years?\s+ago\b/i;

/**
 * True when the trigger's clause dates it by a year alone, a year before the one the article speaks
 * from, in a sentence that names no town: background history, not an incident being reported.
 */
function pastYearOnly(
  text: string,
  sentence: Sentence,
  times: Array<Mention & { normalised: TimeExpression }>,
  trigger: { start: number },
  published: string | null,
  places: PlaceMention[],
): boolean {
  const clause = clauseAround(text, sentence, trigger.start);
  // "killed four years ago" in an article that gives no day of its own: years before whatever day it appeared.
  if (!published) {
    const told = times.filter((m) => m.span.start < clause.end && m.span.end > clause.start);
    return (
      told.length > 0 &&
      told.every((m) => !m.normalised.value && YEARS_AGO.test(m.text)) &&
      !places.some((m) => m.normalised.precision === "exact" || m.normalised.precision === "near")
    );
  }
  const inClause = times.filter((m) => m.normalised.value && m.span.start < clause.end && m.span.end > clause.start);
  if (inClause.length === 0 || inClause.some((m) => m.normalised.value!.precision !== "year")) return false;
  if (!inClause.every((m) => m.normalised.value!.start.slice(0, 4) < published.slice(0, 4))) return false;
  // "killed in a drone strike in Baghdad in 2020": a past incident told with a town in its sentence is still one incident.
  return !places.some((m) => m.normalised.precision === "exact" || m.normalised.precision === "near");
}

/** The named armed group an article speaks of most, which "the group" and "the militants" then refer to. */
export function mainArmedGroup(mentions: Mention[]): ActorValue | null {
  const counts = new Map<string, { actor: ActorValue; n: number }>();
  for (const m of mentions) {
    if (m.kind !== "actor") continue;
    const a = m.normalised as ActorValue;
    if (a.kind !== "armed_group" || isUnnamedArmedGroup(a) || a.name === "Bandits") continue;
    const c = counts.get(a.name) ?? { actor: a, n: 0 };
    c.n++;
    counts.set(a.name, c);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.actor.name.localeCompare(b.actor.name))[0]?.actor ?? null;
}

type Found = ReturnType<typeof findCues<TriggerType>>[number];

/** How telling a trigger's type is: a weapon or act beats "strike", which beats a bare "attack". */
function specificity(t: TriggerType): number {
  return t === "generic" ? 0 : t === "strike" || t === "bombing" ? 1 : 2;
}

/** "a car bomb exploded", "the drone strike hit": triggers side by side name one act. */
function joinAdjacent(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && NEXT_WORD_GAP.test(text.slice(last.end, f.start)) && f.start - last.end <= 12) {
      // "an unexploded mine was detonated safely": a weapon made safe names what happened to it.
      const safe = [f.value, last.value].find((v) => v === "disrupted_weapons_use");
      const value = safe ?? (specificity(f.value) > specificity(last.value) ? f.value : last.value);
      out[out.length - 1] = { start: last.start, end: f.end, value, text: text.slice(last.start, f.end) };
    } else out.push(f);
  }
  return out;
}

// The helpers below are read for every trigger and every mention near it: they live at module level
// rather than as closures rebuilt for each trigger.

/** Whether a mention lies inside a trigger's window. */
function within(m: { span: { start: number; end: number } }, wStart: number, wEnd: number): boolean {
  return m.span.start >= wStart && m.span.end <= wEnd;
}

/**
 * "said on Saturday" dates the statement, not the incident. "told AFP Tuesday's strikes killed 18":
 * a day owning the act is the act's, whatever verb stands before it.
 */
function reportedAt(text: string, m: Mention, start: number, end: number): boolean {
  return (
    (!/^['’]s\b/.test(text.slice(m.span.end, m.span.end + 3)) &&
      !/['’]s$/.test(m.text) &&
      REPORTING_BEFORE.test(text.slice(Math.max(start, m.span.start - 50), m.span.start))) ||
    REPORTING_AFTER.test(text.slice(m.span.end, Math.min(end, m.span.end + 25)))
  );
}

/** "the deadliest since the war in 2006": a date after "since" in the same clause is a point of comparison. */
function sinceClause(text: string, m: Mention, start: number): boolean {
  return /\bsince\b[^,;]*$/i.test(text.slice(Math.max(start, m.span.start - 60), m.span.start));
}

/** How far a mention is from the trigger word. */
function gapTo(m: Mention, t: { start: number; end: number }): number {
  return m.span.start >= t.end ? m.span.start - t.end : t.start - m.span.end;
}

/**
 * The place nearest the trigger word governs it ("arrested in Kogi State" over "told editors in
 * Abuja"); coarse places weigh less, and so does a place in someone's title ("the former vice
 * mayor of Ozamiz City").
 */
function placeDistance(text: string, p: PlaceMention, t: { start: number; end: number }, start: number): number {
  return (
    (p.span.start >= t.end ? p.span.start - t.end : t.start - p.span.end + 40) +
    (PLACE_RANK[p.normalised.precision] >= 2 ? 60 : 0) +
    (wordsBefore(TITLE_OF_BEFORE, 40, text, p, start) ? 300 : 0)
  );
}

/**
 * Whether the words just before a place (up to `reach` characters, within the sentence) match:
 * "fled back into Mali", "crossed from Syria" (where people went or came from, not where it
 * happened); "regional forces from Tigray" (where a party comes from, not where it acted).
 */
function wordsBefore(re: RegExp, reach: number, text: string, p: PlaceMention, start: number): boolean {
  return re.test(text.slice(Math.max(start, p.span.start - reach), p.span.start));
}

function isVictimIn(a: ActorCandidate, victims: ReadonlySet<Span>): boolean {
  return [...victims].some((v) => a.start >= v.start && a.end <= v.end);
}

/** Reads every trigger window of every sentence into observations. */
export function readObservations(
  doc: Doc,
  eventCountry: string | null,
): { observations: Observation[]; skipped: Array<{ sentence: Sentence; reason: string }> } {
  const text = doc.text;
  const observations: Observation[] = [];
  const skipped: Array<{ sentence: Sentence; reason: string }> = [];
  const mainGroup = mainArmedGroup(doc.mentions);
  // The year the article speaks from: its publication's, else the latest its own dates name.
  const published =
    doc.article.published ??
    doc.mentions
      .filter((m): m is Mention & { normalised: TimeExpression } => m.kind === "time")
      .map((m) => m.normalised.value?.end ?? "")
      .reduce<string | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  /** The last actor named acting, for a later "it" or "they". */
  let lastAgent: ActorCandidate | null = null;
  const longQuotes = doc.mentions.filter((m) => m.kind === "quote" && m.text.split(/\s+/).length >= 6);
  let mi = 0;
  /** The date a sentence telling no incident opened with ("12 May 2021."): the day of what follows it. */
  let setting: (Mention & { normalised: TimeExpression }) | null = null;
  let settingBlock = -1;
  for (const sentence of doc.sentences) {
    const { start, end } = sentence.span;
    while (mi < doc.mentions.length && doc.mentions[mi]!.span.start < start) mi++;
    const mentions: Mention[] = [];
    for (let j = mi; j < doc.mentions.length && doc.mentions[j]!.span.start < end; j++) mentions.push(doc.mentions[j]!);
    // Words quoted at length are what someone said, not the report's own account; a short
    // quoted phrase ("cessation of hostilities") is only a term the writer holds at arm's length.
    const times = mentions.filter((m): m is Mention & { normalised: TimeExpression } => m.kind === "time");
    const quotes = quotedRecord(text, sentence, times) ? [] : longQuotes.filter((q) => q.span.start < end && start < q.span.end);
    let triggers = joinAdjacent(text, findCues(TRIGGERS, text, start, end)).filter(
      (t) => !quotes.some((q) => q.span.start <= t.start && t.end <= q.span.end),
    );
    const casualties = readCasualties(text, start, end).filter(
      (c) => !quotes.some((q) => q.span.start <= c.span.start && c.span.end <= q.span.end),
    );
    // A toll in a clause of its own ("The three were killed while driving, not far from where...")
    // tells of an incident even where no trigger word stands beside it.
    for (const c of casualties) {
      if (c.range.max === 0) continue;
      const clause = clauseAround(text, sentence, c.span.start);
      const from = Math.min(clause.start, c.span.start);
      // A toll read across an aside ("46 people, including children, were killed in strikes") ends in the clause of its verb.
      const to = Math.max(clause.end, clauseAround(text, sentence, c.span.end - 1).end, c.span.end);
      if (triggers.some((t) => t.start < to && from < t.end)) continue;
      // "the ambush near X on Monday, in which eight soldiers died": the toll of the incident just named.
      const named = triggers
        .filter((t) => t.end <= c.span.start)
        .sort((a, b) => a.end - b.end)
        .pop();
      if (named && TOLL_OF_NAMED.test(text.slice(named.end, c.span.start))) continue;
      triggers.push({ start: c.span.start, end: c.span.end, value: "generic", text: text.slice(c.span.start, c.span.end) });
    }
    if (settingBlock !== sentence.block) setting = null;
    if (triggers.length === 0) {
      const opened = settingTime(text, sentence, times);
      if (opened) [setting, settingBlock] = [opened, sentence.block];
      continue;
    }
    // A sentence that names no time of its own tells of the day the sentence before it set.
    const inherited = times.some((m) => m.normalised.value || m.normalised.relative) ? null : setting;
    setting = null;
    triggers.sort((a, b) => a.start - b.start);
    const reasons = triggers.map((t) =>
      t.value === "agreement" && BACKGROUND_AGREEMENT_BEFORE.test(text.slice(Math.max(start, t.start - 60), t.start))
        ? "background"
        : NAMED_AS_CHARGE_BEFORE.test(text.slice(Math.max(start, t.start - 60), t.start))
          ? "legal"
          : triggerNonEventReason(
              text,
              sentence,
              times.map((x) => x.normalised),
              t,
            ),
    );
    // "seized swaths of land in 2014", "the 2016 peace agreement": an incident dated only by a past year is history.
    triggers.forEach((t, i) => {
      if (
        reasons[i] === null &&
        pastYearOnly(
          text,
          sentence,
          times,
          t,
          published,
          mentions.filter((m): m is PlaceMention => m.kind === "place"),
        )
      )
        reasons[i] = "history";
    });
    if (reasons.every((r) => r !== null)) {
      skipped.push({ sentence, reason: reasons[0]! });
      continue;
    }
    // Clauses are cut around every trigger, kept or not: a dropped one's clause ("amid an
    // offensive in Gaza") lends its place to no neighbour.
    const allBounds = clauseBounds(text, triggers, start, end, times);
    const kept = triggers.map((_, i) => i).filter((i) => reasons[i] === null);
    triggers = kept.map((i) => triggers[i]!);
    const bounds = kept.flatMap((i) => [allBounds[i]!, allBounds[i + 1]!]);
    const candidates = actorCandidates(text, mentions, start, end, eventCountry, mainGroup, doc.mentions);
    const actorSpans = mentions.filter((m) => m.kind === "actor").map((m) => m.span);
    const forceSpans = candidates.filter((c) => c.source === "demonym-forces" || c.source === "demonym-government");
    const sentenceWeapons = findCues(WEAPONS, text, start, end);
    triggers.forEach((t, i) => {
      // "deployed police to the town following the attack": the clause before is about something else.
      const pointer = BACK_REFERENCE.exec(text.slice(Math.max(bounds[2 * i]!, t.start - 60), t.start));
      const wStart = pointer ? t.start - pointer[0].length : bounds[2 * i]!;
      // "Worshippers gathered at the church to honour 25 people killed in a June bombing": the sentence
      // tells of the gathering; the words from "to honour" on tell of the bombing (often at the same place).
      const remembered = REMEMBERED.exec(text.slice(wStart, t.start));
      // "A commander whose seizure triggered the fighting, with 55 killed, was returned on Wednesday":
      // a trigger inside a relative clause ends with it, where the main clause's verb takes over.
      const closes = RELATIVE_OPENER.test(text.slice(start, t.start))
        ? MAIN_CLAUSE_RESUMES.exec(text.slice(t.end, bounds[2 * i + 1]!))
        : null;
      const wEnd = closes ? t.end + closes.index : bounds[2 * i + 1]!;
      const window = { start: wStart, end: wEnd };
      const wTimes = times.filter((m) => within(m, wStart, wEnd) && m.normalised.value && !m.normalised.vague && !m.normalised.period);
      // "said on Saturday" dates the statement, not the incident; among the rest the most precise, then the nearest to the trigger.
      // A date that only tells when something was said is kept apart: at best an upper bound for the incident.
      const statedAt = wTimes.filter((m) => reportedAt(text, m, start, end) && !sinceClause(text, m, start));
      wTimes.splice(0, wTimes.length, ...wTimes.filter((m) => !reportedAt(text, m, start, end) && !sinceClause(text, m, start)));
      wTimes.sort(
        (a, b) =>
          Number(reportedAt(text, a, start, end)) - Number(reportedAt(text, b, start, end)) ||
          DATE_RANK[a.normalised.value!.precision] - DATE_RANK[b.normalised.value!.precision] ||
          gapTo(a, t) - gapTo(b, t),
      );
      // A country inside an actor's name ("US forces") is the actor, not the place; nor is where
      // someone spoke about it ("told editors at the Defence Headquarters in Abuja").
      const places = mentions.filter(
        (m): m is PlaceMention =>
          m.kind === "place" &&
          within(m, wStart, wEnd) &&
          !actorSpans.some((a) => a.start < m.span.end && m.span.start < a.end) &&
          // "Pakistan Army's convoy": a force named by its country is no place, whatever the gazetteer made of it.
          !forceSpans.some((a) => a.start <= m.span.start && m.span.end <= a.end && !(m as PlaceMention).normalised.countryOnly) &&
          !whereSaid(text, Math.max(wStart, m.span.start - 90), m.span.start, t),
      );
      const specific = places
        .filter(
          (p) =>
            !p.normalised.countryOnly &&
            !wordsBefore(ORIGIN_BEFORE, 40, text, p, start) &&
            !wordsBefore(DESTINATION_BEFORE, 60, text, p, start) &&
            !placeSpeaks(text, p.span.start, p.span.end),
        )
        .sort((a, b) => placeDistance(text, a, t, start) - placeDistance(text, b, t, start));
      const wCasualties = casualties.filter((c) => c.span.start >= wStart && c.span.end <= wEnd);
      const victims = new Set(wCasualties.filter((c) => c.kind !== "perpetrator_killed").map((c) => c.whoSpan));
      // "talks mediated by Qatar and Türkiye": who brought the sides together is neither side.
      const wCandidates = candidates.filter(
        (c) => c.start >= wStart && c.end <= wEnd && !MEDIATOR_BEFORE.test(text.slice(Math.max(start, c.start - 40), c.start)),
      );
      const assigned = assignActors(
        text,
        wCandidates.filter((c) => !isVictimIn(c, victims)),
        t,
        start,
      );
      const actor2 = assigned.actor2;
      // "It also assassinated X", "they stormed…": the subject pronoun stands for the last actor named acting.
      const pronounSubject = !assigned.actor1 && PRONOUN_SUBJECT_BEFORE.test(text.slice(Math.max(wStart, t.start - 40), t.start));
      const actsHere = (p: PlaceMention) =>
        p.span.end <= t.start &&
        t.start - p.span.end <= 24 &&
        ACT_AFTER.test(text.slice(p.span.end, t.start)) &&
        (p.normalised.demonym || !PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(start, p.span.start - 20), p.span.start)));
      // "Pakistani airstrikes", "Russian shelling": a state's strikes are told by its demonym alone.
      const byDemonym = places.find((p) => p.normalised.countryOnly && p.normalised.country && actsHere(p));
      const stateStrike: ActorCandidate | null =
        !assigned.actor1 && byDemonym && STATE_STRIKES.has(t.value)
          ? {
              start: byDemonym.span.start,
              end: byDemonym.span.end,
              actor: stateForces(byDemonym.normalised.country!, "forces"),
              source: "demonym-forces",
            }
          : null;
      const actor1 =
        assigned.actor1 ?? stateStrike ?? (pronounSubject && lastAgent && lastAgent.actor.name !== actor2?.actor.name ? lastAgent : null);
      if (assigned.actor1 && assigned.actor1.actor.kind !== "civilians") lastAgent = assigned.actor1;
      const victim = wCandidates.find((c) => isVictimIn(c, victims)) ?? null;
      // "Israel assassinated X": a country that acts is the actor, not where it happened.
      const acting = (p: PlaceMention) => [actor1, actor2, victim].some((a) => a && a.start < p.span.end && p.span.start < a.end);
      const border = (p: PlaceMention) =>
        BORDER_AFTER.test(text.slice(p.span.end, Math.min(end, p.span.end + 30))) ||
        BORDER_BEFORE.test(text.slice(Math.max(start, p.span.start - 60), p.span.start));
      const owner = (p: PlaceMention) => OWNER_AFTER.test(text.slice(p.span.end, Math.min(end, p.span.end + 40)));
      const placeOfCountry = (p: PlaceMention) =>
        !wordsBefore(MOTION_BEFORE, 30, text, p, start) && !acting(p) && !actsHere(p) && !border(p) && !owner(p);
      const country =
        places.find((p) => p.normalised.countryOnly && !p.normalised.demonym && placeOfCountry(p)) ??
        places.find((p) => p.normalised.countryOnly && placeOfCountry(p)) ??
        null;
      const weapons = sentenceWeapons.filter((w) => w.start >= wStart && w.end <= wEnd).map((w) => w.value);
      const before = text.slice(Math.max(start, t.start - 30), t.start);
      const definite = DEFINITE_BEFORE.test(before);
      // "The airstrikes occurred while the envoy was meeting officials in Kabul": the incident already
      // told, named only to set the time of something else; its words are that other thing's.
      if (definite && CIRCUMSTANCE_AFTER.test(text.slice(t.end, Math.min(end, t.end + 200)))) return;
      const namedVictim = (victim ?? actor2)?.actor.kind === "person";
      observations.push({
        sentence,
        trigger: { start: t.start, end: t.end, text: t.text, type: t.value },
        window,
        weapons,
        time: wTimes[0] ?? inherited,
        statedAt: statedAt[0] ?? null,
        weekday:
          times
            .filter((m) => within(m, wStart, wEnd) && !reportedAt(text, m, start, end))
            .map((m) => WEEKDAY.exec(m.text)?.[1]?.toLowerCase() ?? null)
            .find((w) => w !== null) ?? null,
        unresolvedWhen:
          times
            .filter(
              (m) =>
                within(m, wStart, wEnd) &&
                !reportedAt(text, m, start, end) &&
                !m.normalised.value &&
                !m.normalised.relative &&
                !m.normalised.vague &&
                !m.normalised.period,
            )
            .map((m) => WEEKDAY.exec(m.text)?.[1]?.toLowerCase() ?? m.normalised.source)
            .find((w) => w !== undefined) ?? null,
        relative: times.find((m) => within(m, wStart, wEnd) && m.normalised.relative)?.normalised.relative?.kind ?? null,
        place: specific[0] ?? null,
        country,
        actor1: actor1 && actor1 !== victim ? actor1 : null,
        // "Pakistan bombarded four areas": the country that struck is not also the side struck.
        actor2: victim ?? (stateStrike && actor2 && actor2.start === stateStrike.start ? null : actor2),
        casualties: wCasualties,
        ...(remembered ? { told: { start: wStart + remembered.index, end: wEnd } } : {}),
        definite,
        concrete: Boolean(
          wTimes.length ||
          inherited ||
          specific.length ||
          wCasualties.some((c) => c.kind === "killed" && c.range.max !== 0 && !c.anaphoric) ||
          namedVictim ||
          (t.value === "arrests" && ANNOUNCED_BEFORE.test(before)),
        ),
        announced: ANNOUNCED_BEFORE.test(before) && !wTimes.length && !specific.length,
      });
    });
  }
  return { observations, skipped };
}
