import { DATE_RANK } from "../../core/model.ts";
import type { Doc, Sentence } from "../../core/document.ts";
import type { Span } from "../../core/span.ts";
import type { EventType } from "../../core/event-types.ts";
import type { Mention, PlaceValue } from "../../core/model.ts";
import type { TimeExpression } from "../dates/find-time-expressions.ts";
import { actorCandidates, stateForces, type ActorCandidate } from "./actor-candidates.ts";
import { TRIGGERS, WEAPONS, findCues, type TriggerType } from "./cue-lexicons.ts";
import { readCasualties, type Casualty } from "./read-casualties.ts";
import { settingTime } from "./setting-time.ts";
import { quotedRecord } from "./quoted-record.ts";
import { assignActors } from "./assign-actors.ts";
import { clauseAround, clauseBounds } from "./clause-bounds.ts";
import { joinAdjacent } from "./join-adjacent-triggers.ts";
import { mainArmedGroup } from "./main-armed-group.ts";
import { BACKGROUND_AGREEMENT_BEFORE, NAMED_AS_CHARGE_BEFORE, pastYearOnly, triggerNonEventReason } from "./non-event-reason.ts";
import { whereSaid } from "./observation-place-words.ts";
import { gapTo, WEEKDAY, within } from "./observation-time-words.ts";
import { SentenceChecks } from "./sentence-checks.ts";
import { reportingVerbs } from "../reporting-verbs.ts";

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

/** "announced the arrest of…": an arrest made known, which happened whatever else is said of it. */
const ANNOUNCED_BEFORE = new RegExp(String.raw`\b(?:${reportingVerbs("made-known")})\s+(?:the\s+)?$`, "i");
/** A subject pronoun right before the trigger, adverbs allowed: "it also assassinated", "they then stormed". */
const PRONOUN_SUBJECT_BEFORE =
  /(?:^|[.;,]\s*|\b(?:and|but|then)\s+|^\s*|\s)(?:it|they)\s+(?:(?:also|then|later|reportedly|allegedly|had|has|have)\s+){0,2}$/i;
/**
 * ", in which", ", during which", ", which left", ", with 55 killed": a clause that tells more of
 * the incident named just before it.
 */
const TOLL_OF_NAMED = /,\s*(?:(?:in|during|at|from)\s+which|which|with)\s[^,;]*$/i;
/** "whose", "who", "which": a relative clause opens, inside a sentence whose main clause goes on after it. */
const RELATIVE_OPENER = /\b(?:whose|who|which)\b/i;
/** ", was returned", ", have been held": the main clause's verb, after a relative clause closes with a comma. */
const MAIN_CLAUSE_RESUMES = /,\s+(?:was|were|is|are|has|have|had)\s+(?:(?:been|not|also|later|since|then)\s+)?\p{L}+(?:ed|en|wn|ne)\b/u;
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
/** "following the attack", "after the bombing": a trigger named only to date something else by it. */
const BACK_REFERENCE =
  /\b(?:following|after|in the wake of|in the aftermath of|since)\s+(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
const DEFINITE_BEFORE = /\b(?:the|that|this|these|those|its|their|latest|same|such|\p{Lu}[\p{L}]*['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * Whether a country named in a trigger's window is where it happened: not where people went, nor a
 * side of it ("Israel assassinated X": a country that acts is the actor), nor the side that acted,
 * nor a border or whose people speak.
 */
function placeOfCountry(
  checks: SentenceChecks,
  p: PlaceMention,
  t: { start: number },
  sides: ReadonlyArray<ActorCandidate | null>,
): boolean {
  return (
    !checks.isMotionTo(p) &&
    !sides.some((a) => a && a.start < p.span.end && p.span.start < a.end) &&
    !checks.actsHere(p, t) &&
    !checks.isBorder(p) &&
    !checks.isOwner(p)
  );
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
    const quoted = longQuotes.filter((q) => q.span.start < end && start < q.span.end);
    const quotes = quoted.length === 0 || quotedRecord(text, sentence, times) ? [] : quoted;
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
    const checks = new SentenceChecks(text, start, end);
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
      // "said on Saturday" dates the statement, not the incident; among the rest the most precise, then the nearest to the trigger.
      // A date that only tells when something was said is kept apart: at best an upper bound for the incident.
      const wTimes: typeof times = [];
      const statedAt: typeof times = [];
      for (const m of times) {
        if (!within(m, wStart, wEnd) || !m.normalised.value || m.normalised.vague || m.normalised.period) continue;
        if (checks.isSince(m)) continue;
        (checks.isReportedAt(m) ? statedAt : wTimes).push(m);
      }
      wTimes.sort(
        (a, b) => DATE_RANK[a.normalised.value!.precision] - DATE_RANK[b.normalised.value!.precision] || gapTo(a, t) - gapTo(b, t),
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
      const specific = checks.byDistance(
        places.filter((p) => !p.normalised.countryOnly && !checks.isElsewhere(p)),
        t,
      );
      const wCasualties = casualties.filter((c) => c.span.start >= wStart && c.span.end <= wEnd);
      const victims = new Set(wCasualties.filter((c) => c.kind !== "perpetrator_killed").map((c) => c.whoSpan));
      // "talks mediated by Qatar and Türkiye": who brought the sides together is neither side.
      const wCandidates = candidates.filter((c) => c.start >= wStart && c.end <= wEnd && !checks.isMediator(c));
      const assigned = assignActors(
        text,
        wCandidates.filter((c) => !isVictimIn(c, victims)),
        t,
        start,
      );
      const actor2 = assigned.actor2;
      // "It also assassinated X", "they stormed…": the subject pronoun stands for the last actor named acting.
      const pronounSubject = !assigned.actor1 && PRONOUN_SUBJECT_BEFORE.test(text.slice(Math.max(wStart, t.start - 40), t.start));
      // "Pakistani airstrikes", "Russian shelling": a state's strikes are told by its demonym alone.
      const byDemonym = places.find((p) => p.normalised.countryOnly && p.normalised.country && checks.actsHere(p, t));
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
      const armedVictimFought =
        t.value === "armed_clash" &&
        !actor1 &&
        victim !== null &&
        actor2 !== null &&
        victim.actor.kind !== "civilians" &&
        victim.actor.name !== actor2.actor.name &&
        /^\s+with\b/i.test(text.slice(t.end, t.end + 8));
      const sides = [actor1, actor2, victim];
      const country =
        places.find((p) => p.normalised.countryOnly && !p.normalised.demonym && placeOfCountry(checks, p, t, sides)) ??
        places.find((p) => p.normalised.countryOnly && placeOfCountry(checks, p, t, sides)) ??
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
            .filter((m) => within(m, wStart, wEnd) && !checks.isReportedAt(m))
            .map((m) => WEEKDAY.exec(m.text)?.[1]?.toLowerCase() ?? null)
            .find((w) => w !== null) ?? null,
        unresolvedWhen:
          times
            .filter(
              (m) =>
                within(m, wStart, wEnd) &&
                !checks.isReportedAt(m) &&
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
        ...(assigned.bothSides
          ? { actor1, actor2 }
          : armedVictimFought
            ? // "an NPA rebel was shot dead in a clash with the military": the fallen's side fought the other.
              { actor1: victim, actor2 }
            : {
                actor1: actor1 && actor1 !== victim ? actor1 : null,
                // "Pakistan bombarded four areas": the country that struck is not also the side struck.
                actor2: victim ?? (stateStrike && actor2 && actor2.start === stateStrike.start ? null : actor2),
              }),
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
