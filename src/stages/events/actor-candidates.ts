import type { ActorValue, Mention, PlaceValue } from "../../core/model.ts";
import { loadGazetteer } from "../../geo/gazetteer.ts";
import { actorByAlias } from "../../actors/actor-lexicon.ts";
import { ACTOR_NOUN_RE, nounRole } from "../mentions/actor-nouns.ts";
import { personActor } from "../mentions/person-finder.ts";
import { countryOfDemonym, peopleActor, stateActor } from "../../actors/state-actor-names.ts";
import { isUnnamedArmedGroup } from "../../actors/unnamed-armed-group.ts";
import { reportingVerbs } from "../reporting-verbs.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
const CAPITALISED_WORD_BEFORE = /([A-Z][\p{L}-]+)\s+$/u;

/** An actor found in a window of text, where it sits relative to the trigger, and how it was read. */
export interface ActorCandidate {
  start: number;
  end: number;
  actor: ActorValue;
  source: string;
  /** Named as the one acted upon ("X was killed", "killed X"). */
  victim?: boolean;
}

/** The state forces of a country, as coders name them ("Military Forces of Nigeria"), or the lexicon's state actor. */
export function stateForces(country: string, role: "forces" | "police"): ActorValue {
  const lexicon = actorByAlias(loadGazetteer().country(country)?.name ?? country);
  if (role === "forces" && lexicon?.kind === "state") return lexicon;
  return stateActor(country, role === "police" ? "police" : "military");
}

/** A country's government, as coders name it ("Government of Yemen"), or the lexicon's state actor ("Israel"). */
export function government(country: string): ActorValue {
  const lexicon = actorByAlias(loadGazetteer().country(country)?.name ?? country);
  return lexicon?.kind === "state" ? lexicon : stateActor(country, "government");
}

/** "government troops", "the government's forces", "government-held": the noun qualifies another actor or a place. */
const GOVERNMENT_QUALIFIES =
  /^(?:['’]s)?[\s-]+(?:troops|forces|soldiers|army|military|security|police|policemen|warplanes|jets|aircraft|drones?|artillery|held|controlled|backed|allied|aligned|linked|loyalists?)\b/i;

/** "the government of Mali": the country named after the noun. */
const OF_AFTER = /^\s+of\s+(?:the\s+)?$/i;

/** Civilians of a country, as "Civilians (Somalia)". */
export function civilians(country: string | null): ActorValue {
  return peopleActor(country, "civilians");
}

/** "killed Bilal X", "assassinated the commander Y", "targeting Z": a person acted upon. */
const PERSON_TARGET_BEFORE =
  /\b(?:killed|killing|kills|assassinated|assassinating|targeted|targeting|eliminated|eliminating|abducted|kidnapped|arrested|detained|captured|death of|killing of)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}$/u;

/** "X was killed", "X, who was killed": a person acted upon. */
const PERSON_TARGET_AFTER =
  /^,?\s+(?:who\s+)?(?:was|were|had been|has been)\s+(?:\w+\s+)?(?:killed|assassinated|shot|abducted|kidnapped|arrested|detained|captured)\b/;

/** "the group", "the terror group", "the militants": a group named earlier in the article. */
export const GROUP_ANAPHOR =
  /\b[Tt]he\s+(?:(?:terror|terrorist|militant|jihadist|extremist|armed|insurgent|rebel|Islamist)\s+)?(?:group|militants|jihadists|terrorists|insurgents|rebels|extremists)\b/g;

/** "police said", "the army told reporters": the actor is speaking, not acting. */
const SPEAKER_AFTER = new RegExp(
  String.raw`^(?:['’]s\s+\w+(?:\s+in\s+\w+)?)?\s*(?:(?:\w+\s+){0,2}?(?:${reportingVerbs("actor-speaks")})|(?:officials?|sources?|spokes(?:man|woman|person)|media|authorities|statement|agency|reporters?|analysts?|leaders?|president|minister)\b)`,
  "i",
);

/** "X said its forces...", "X announced that it had struck": the speaker reports its own act. */
const SELF_REPORT_AFTER = new RegExp(String.raw`^\s*(?:${reportingVerbs("self-report")})\s+(?:that\s+)?(?:its|it|their|they)\b`, "i");

/** "according to the army", "a statement from CENTCOM". */
const SPEAKER_BEFORE = new RegExp(
  String.raw`\b(?:${reportingVerbs("source-before-actor")})\s+(?!that\b)(?:the\s+|an?\s+)?(?:(?!that\b)\w+\s+){0,2}$`,
  "i",
);

/**
 * "he said the military arrested…": the side named right before an act's verb is its subject,
 * what was said, not who said it ("…, said the military").
 */
const ACTS_AFTER =
  /^\s+(?:(?:also|then|later|reportedly|had|has|have)\s+){0,2}(?:arrested|apprehended|detained|captured|attacked|killed|shelled|bombed|raided|stormed|struck|shot|ambushed|abducted|kidnapped)\b/i;

/** Words before a country name that make it a place, not an actor. */
const LOCATIVE_BEFORE =
  /\b(?:in|into|across|throughout|within|of|to|from|near|at|inside|outside|over|around|toward|towards)\s+(?:the\s+)?(?:(?!(?:where|when|which|that|who|while)\s)\w+\s+)?$/i;

/**
 * Reads the actors of one window: named actors, persons, and people named by a demonym and a
 * noun ("Nigerian troops", "Syrian security forces", "worshippers").
 */
/** "strikes on Afghanistan killed 46 civilians": a verb between a country and the people makes it no demonym of theirs. */
const VERB_BETWEEN = /\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left|leaving|hit|struck|targeted|attacked)\b/i;

/** "-recognised", "-backed", "-brokered": a hyphen making the name before it an adjective of another party. */
const QUALIFIES_AFTER = /^[-‑](?:recogni[sz]ed|backed|brokered|sponsored|appointed|supported|funded|run)\b/i;

/** ", the commander of the ", ", a senior leader of ": an appositive giving a person's group. */
const APPOSITIVE_ROLE_OF =
  /^,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:commander|head|leader|chief|founder|member|spokesman|deputy)\s+of\s+(?:the\s+)?/i;

export function actorCandidates(
  text: string,
  mentions: Mention[],
  start: number,
  end: number,
  eventCountry: string | null,
  mainGroup: ActorValue | null = null,
  articleMentions: Mention[] = mentions,
): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const inWindow = mentions.filter((m) => m.span.start >= start && m.span.end <= end);
  for (const m of inWindow) {
    // "the UN-recognised government", "Iran-backed fighters": a name made an adjective qualifies another party.
    if (m.kind === "actor" && !QUALIFIES_AFTER.test(text.slice(m.span.end, m.span.end + 16)))
      out.push({ start: m.span.start, end: m.span.end, actor: m.normalised as ActorValue, source: "actor-lexicon" });
    if (m.kind === "place") {
      // A country named as a subject ("Syria reached an agreement", "Israel struck"), not as a place ("in Syria").
      const p = m.normalised as PlaceValue & { countryOnly: boolean; demonym: boolean };
      const before = text.slice(Math.max(start, m.span.start - 25), m.span.start);
      const after = text.slice(m.span.end, m.span.end + 2);
      const overlapsActor = inWindow.some((a) => a.kind === "actor" && a.span.start < m.span.end && m.span.start < a.span.end);
      // "in Eldoret, Kenya": a country written after a place and a comma locates that place.
      const locatesPlace = inWindow.some(
        (x) => x.kind === "place" && x.span.end <= m.span.start && /^\s*,\s*$/.test(text.slice(x.span.end, m.span.start)),
      );
      if (
        p.countryOnly &&
        !p.demonym &&
        p.country &&
        !overlapsActor &&
        !locatesPlace &&
        !LOCATIVE_BEFORE.test(before) &&
        !/^['’]s/.test(after)
      ) {
        const lexicon = actorByAlias(p.name);
        out.push({
          start: m.span.start,
          end: m.span.end,
          actor: lexicon ?? { name: p.name, kind: "state", country: p.country },
          source: "country-as-actor",
        });
      }
    }
    if (m.kind === "person") {
      // A person is an actor of an incident when the text says they were killed, hit or taken:
      // names in a sentence are more often speakers and officials than parties to the violence.
      const before = text.slice(Math.max(start, m.span.start - 40), m.span.start);
      const after = text.slice(m.span.end, Math.min(end, m.span.end + 40));
      if (!PERSON_TARGET_BEFORE.test(before) && !PERSON_TARGET_AFTER.test(after)) continue;
      const p = m.normalised as { name: string; title: string | null; affiliation: string | null };
      // "detained X, the commander of the 444th Brigade": the group an appositive names is the person's.
      const role = APPOSITIVE_ROLE_OF.exec(after);
      const ofGroup = role
        ? inWindow.find(
            (a) =>
              a.kind === "actor" && a.span.start === m.span.end + role[0].length && (a.normalised as ActorValue).kind === "armed_group",
          )
        : undefined;
      const aff = p.affiliation ? actorByAlias(p.affiliation) : ofGroup ? (ofGroup.normalised as ActorValue) : null;
      out.push({ start: m.span.start, end: m.span.end, actor: personActor(p, aff), source: "person", victim: true });
    }
  }
  const slice = text.slice(start, end);
  ACTOR_NOUN_RE.lastIndex = 0;
  for (let m = ACTOR_NOUN_RE.exec(slice); m; m = ACTOR_NOUN_RE.exec(slice)) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (out.some((o) => o.start <= s && e <= o.end + 12 && o.start >= s - 40 && o.actor.kind !== "person")) continue;
    const role = nounRole(m[0]);
    if (!role || role === "officials") continue;
    // The demonym or country right before the noun says whose they are.
    const before = text.slice(Math.max(start, s - 40), s);
    const demonym =
      inWindow.find(
        (x) =>
          x.kind === "place" &&
          (x.normalised as PlaceValue & { countryOnly: boolean }).countryOnly &&
          x.span.end <= s &&
          x.span.end >= s - 25 &&
          !VERB_BETWEEN.test(text.slice(x.span.end, s)),
      ) ?? demonymRightBefore(text, s);
    // "Hezbollah fighters", "ISIS militants": the named actor stands. Not people counted just before
    // ("people killed in a Russian drone strike"), nor one with a demonym after it, nearer the noun.
    const named = out.find(
      (o) =>
        o.end <= s &&
        o.end >= s - 25 &&
        o.actor.kind !== "person" &&
        o.actor.kind !== "civilians" &&
        !(demonym && demonym.span.start >= o.end),
    );
    if (named && role !== "civilians") continue;
    const country = demonym ? (demonym.normalised as PlaceValue).country : null;
    if (role === "government") {
      // "anti-government protesters", "pro-government militias": a stance of others, not the government acting.
      if (GOVERNMENT_QUALIFIES.test(text.slice(e, Math.min(end, e + 30))) || text[s - 1] === "-") continue;
      // "the Yemeni government", or "the government of Yemen": only a named country makes it an actor.
      const after = inWindow.find(
        (x) =>
          x.kind === "place" &&
          (x.normalised as PlaceValue & { countryOnly: boolean }).countryOnly &&
          x.span.start > e &&
          OF_AFTER.test(text.slice(e, x.span.start)),
      );
      const whose = country ? demonym! : after;
      const c = whose ? (whose.normalised as PlaceValue).country : null;
      if (whose && c)
        out.push({
          start: Math.min(whose.span.start, s),
          end: Math.max(whose.span.end, e),
          actor: government(c),
          source: "demonym-government",
        });
      continue;
    }
    if (role === "civilians") {
      if (/\b(?:\w+\s+)?(?:members|fighters)\s+of\s+$/i.test(before)) continue;
      out.push({ start: demonym?.span.start ?? s, end: e, actor: civilians(country ?? eventCountry), source: "noun-civilians" });
    } else if (role === "protesters") {
      out.push({ start: s, end: e, actor: peopleActor(country, "protesters"), source: "noun-protesters" });
    } else if (country) {
      out.push({
        start: demonym!.span.start,
        end: e,
        actor: stateForces(country, role === "police" ? "police" : "forces"),
        source: "demonym-forces",
      });
    } else if (
      eventCountry &&
      // "police arrested 43 people": the police are the state's, with or without "the".
      (/\b(?:the|government|federal|national|state)\s+$/i.test(before) ||
        /^(?:junta|regime)\b/i.test(m[0]) ||
        role === "police" ||
        // "Soldiers killed 12 militants", "On Monday, troops raided": soldiers opening a clause are the state's.
        (/^(?:soldiers|troops)$/i.test(m[0]) && CLAUSE_OPENS.test(before))) &&
      FORCES_NOUN.test(m[0])
    ) {
      // "AUSSOM troops attacked a farm. The forces fired mortars": a sentence opening on "The forces" goes on
      // with the state force just named.
      const told =
        role === "forces" && OPENS_SENTENCE_THE.test(text.slice(Math.max(0, s - 8), s)) ? lastStateForce(articleMentions, s) : null;
      // "the military", "government troops", "junta forces": the state forces of the country the events are in.
      const actor = told ?? stateForces(eventCountry, role === "police" ? "police" : "forces");
      out.push({ start: s, end: e, actor, source: told ? "the-forces-just-named" : "noun-forces" });
    }
  }
  // "The terror group claimed...", "the militants fled": the group the article is about.
  if (mainGroup) {
    GROUP_ANAPHOR.lastIndex = 0;
    for (let m = GROUP_ANAPHOR.exec(slice); m; m = GROUP_ANAPHOR.exec(slice)) {
      const s = start + m.index;
      const e = s + m[0].length;
      const i = out.findIndex((o) => o.start < e && s < o.end);
      const candidate = { start: s, end: e, actor: mainGroup, source: "group-anaphor" };
      if (i >= 0) out[i] = candidate;
      else out.push(candidate);
    }
  }
  // "20 militants from the TTP", "gunmen of the Arakan Army": the common noun is the named group, in the noun's place.
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (!isUnnamedArmedGroup(c.actor)) continue;
    const j = out.findIndex((o) => o.start > c.end && !isUnnamedArmedGroup(o.actor) && o.actor.kind === "armed_group");
    if (j < 0 || !MEMBERS_OF_BETWEEN.test(text.slice(c.end, out[j]!.start))) continue;
    out[i] = { ...c, end: out[j]!.end, actor: out[j]!.actor };
    out.splice(j, 1);
  }
  return out
    .filter((c) => {
      // "ISIS militants", "Hezbollah fighters": the named group stands, the common noun adds nothing.
      if (
        isUnnamedArmedGroup(c.actor) &&
        out.some((o) => o !== c && !isUnnamedArmedGroup(o.actor) && o.end <= c.start && c.start - o.end <= 2)
      )
        return false;
      // "police said", "according to the army": a source of the report, not a party to the incident
      // ("said that the army" names the army acting).
      const after = text.slice(c.end, Math.min(end, c.end + 30));
      const before = text.slice(Math.max(start, c.start - 30), c.start);
      // ...unless it speaks of its own act: "CENTCOM said its aircraft struck".
      if (SELF_REPORT_AFTER.test(text.slice(c.end, Math.min(end, c.end + 40)))) return true;
      return !SPEAKER_AFTER.test(after) && (!SPEAKER_BEFORE.test(before) || ACTS_AFTER.test(after));
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * Between a common noun for fighters and the group they belong to: "militants from the", "gunmen of",
 * "gunmen believed to belong to a faction of the". A group "linked to" or "affiliated with" another
 * is not that other group.
 */
const MEMBERS_OF_BETWEEN =
  /^\s+(?:(?:(?:who\s+(?:are|were)\s+)?(?:believed|thought|suspected|said|reported)\s+to\s+(?:be(?:long)?\s+(?:to\s+)?)?|allegedly\s+)?(?:from|of|belong(?:ing)?\s+to|loyal\s+to|members\s+of))\s+(?:an?\s+(?:faction|cell|unit|wing|splinter\s+group)\s+of\s+)?(?:the\s+)?(?:banned\s+|outlawed\s+|rival\s+)?$/i;

/** Nouns that stand for a state's forces without naming the state. */
const FORCES_NOUN =
  /^(?:military|army|troops|soldiers|police|security forces|forces|junta|junta forces|junta troops|junta soldiers|regime forces|gendarmes|gendarmerie)$/i;

/** Where a clause opens: the sentence's start, or after a comma ("On Monday, troops raided"). */
const CLAUSE_OPENS = /(?:^|[.!?]["”’]?\s+|,\s+)$/;

/** "The " opening a sentence. */
const OPENS_SENTENCE_THE = /(?:^|[.!?]["”’]?\s+)The\s+$/;

/** The state force named in the 300 characters before `at` ("AUSSOM troops attacked... The forces fired"), or null. */
function lastStateForce(mentions: Mention[], at: number): ActorValue | null {
  let found: ActorValue | null = null;
  for (const m of mentions) {
    if (m.kind !== "actor" || m.span.end > at) continue;
    if ((m.normalised as ActorValue).kind === "state" && at - m.span.end < 300) found = m.normalised as ActorValue;
  }
  return found;
}

/**
 * "Nigerian Armed Forces", "Thai rangers": the demonym written right before a noun, read from the
 * country data when the place reading did not keep it as a mention.
 */
function demonymRightBefore(text: string, at: number): Mention | null {
  const m = CAPITALISED_WORD_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  const country = m ? countryOfDemonym(m[1]!) : null;
  if (!m || !country) return null;
  const start = at - m[0].length;
  const value = { name: m[1]!, admin1: null, country, lat: null, lon: null, precision: "country", countryOnly: true, demonym: true };
  return { kind: "place", span: { start, end: start + m[1]!.length }, text: m[1]!, normalised: value, source: "demonym" };
}
