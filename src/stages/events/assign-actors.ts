import type { ActorValue, Mention, PlaceValue } from "../../core/model.ts";
import { loadGazetteer } from "../../geo/gazetteer.ts";
import { actorByAlias } from "../../actors/actor-lexicon.ts";
import { ACTOR_NOUN_RE, nounRole } from "../mentions/actor-nouns.ts";
import { personActor } from "../mentions/person-finder.ts";
import { countryOfDemonym, peopleActor, stateActor } from "../../actors/state-actor-names.ts";
import { isUnnamedArmedGroup } from "../../actors/unnamed-armed-group.ts";
import { cannotAct } from "../../actors/non-actors.ts";
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

/** "the terrorists, who were arrested", "two soldiers were killed": the subject of a passive verb is acted upon. */
export const PASSIVE_AFTER =
  /^(?:\s*,[^,.]{0,40},)?\s*(?:,\s*(?:who|that)\s+|(?:who|that)\s+)?(?:was|were|had been|have been|has been|are being|is being)\s+(?:\w+\s+)?(?:killed|arrested|detained|abducted|kidnapped|attacked|targeted|hit|struck|injured|wounded|captured|apprehended|ambushed|shot|held)\b/i;

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

/** Words before an actor that make it the one acted upon. */
const TARGET_BEFORE =
  /\b(?:on|against|targeting|targeted|at|into|killing|killed|hit|struck|kidnapped|abducted|arrested|detained|of|(?:killed|injured|wounded|attacked|ambushed|shelled|bombed|raided|stormed)(?:\s+and\s+(?:killed|injured|wounded|attacked|abducted|kidnapped))?)\s+(?:the\s+|an?\s+|two\s+|three\s+|several\s+|some\s+|\d+\s+)?(?:(?!when\b|while\b|as\b|after\b|before\b|and\b|but\b|in\b|on\b|at\b|by\b|during\b|where\b)[\w-]+\s+){0,2}$/i;
/** "CENTCOM said its aircraft struck": a speaker telling of its own act. */
const OWN_ACT_BETWEEN = new RegExp(String.raw`\b(?:${reportingVerbs("own-act")})\s+(?:that\s+)?(?:its|it|their|they|his|her)\b`, "i");
/** Between a speaker and the incident they tell of: a reporting verb, then "that" or nothing. */
const TELLS_OF_BETWEEN = new RegExp(
  String.raw`^[^.;]{0,60}?\b(?:${reportingVerbs("tells-of")})\b(?:\s+\w+){0,3}?\s+(?:that\s+)?[^.;]*$`,
  "i",
);

/** A verb of its own between a trigger and a "by X" after it: X is that verb's agent, not the trigger's. */
const OTHER_VERB_BETWEEN =
  /\b(?:repell?ed|repulsed|pushed back|thwarted|foiled|intercepted|shot down|arrested|detained|captured|neutrali[sz]ed|condemned|denied|claimed|confirmed|reported)\b/i;

/** "recaptured the town from the", "seized the base from": the side a place was taken from. */
const TAKEN_FROM_BEFORE =
  /\b(?:recaptur\w*|retook|retaken|retak\w*|regain\w*|seiz\w*|captur\w*|took|taken|wrest\w*|liberat\w*)\b[^.;]{0,60}\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/** "killing three officers from the", "wounded two members of the": the group named next is that of the people hit. */
const HIT_MEMBERS_FROM_BEFORE =
  /\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|captur(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing))\s+(?:(?!by\b|with\b)[\w-]+\s+){1,3}(?:from|of|belonging to)\s+(?:the\s+)?$/i;
/** "members of the", "fighters of": the group named next is the one whose people acted. */
const MEMBERS_OF_BEFORE = /\b(?:members?|fighters|militants|gunmen|militiamen|elements|operatives|men)\s+of\s+(?:the\s+)?$/i;
/** Between a side and an act it condemns or vows to avenge: "condemned the", "vowed revenge for the". */
const CONDEMNS_BETWEEN = /^[^.;]{0,100}?\b(?:condemn\w*|denounc\w*|decr(?:y|ied|ies)|deplor\w*|vow\w*|pledg\w*|threaten\w*)\b[^.;]*$/i;

/** "of" right before an actor: it qualifies something else ("positions of the army"). */
const OF_BEFORE = /\bof\s+(?:the\s+|a\s+|an\s+)?$/i;
/** A person or place of the group right after it: "a Hezbollah commander", "an ISIS stronghold". */
const HIT_PART_AFTER =
  /^\s+(?:commander|leader|official|member|operative|figure|chief|deputy|stronghold|positions?|posts?|hideouts?|camps?)\b/i;

/** Words before an actor that make it the one acting. */
const AGENT_BEFORE =
  /\b(?:by|(?<!\b(?:were|was|are|is|be|been)\s)from)\s+(?:the\s+|an?\s+)?(?:(?:group|band|gang|number|unit|squad) of\s+)?["“'‘]?(?:(?!when\b|while\b|as\b|after\b|before\b|and\b|but\b|in\b|on\b|at\b|by\b|during\b|where\b)[\w-]+\s+){0,2}$/i;

/**
 * Reads the actors of one window: named actors, persons, and people named by a demonym and a
 * noun ("Nigerian troops", "Syrian security forces", "worshippers").
 */
/** "strikes on Afghanistan killed 46 civilians": a verb between a country and the people makes it no demonym of theirs. */
const VERB_BETWEEN = /\b(?:killed|killing|kills|wounded|wounding|injured|injuring|left|leaving|hit|struck|targeted|attacked)\b/i;

/** "-recognised", "-backed", "-brokered": a hyphen making the name before it an adjective of another party. */
const QUALIFIES_AFTER = /^[-‑](?:recogni[sz]ed|backed|brokered|sponsored|appointed|supported|funded|run)\b/i;

/** A side's craft, vehicle or post, then a passive verb of being hit: "police helicopter was shot down". */
const ASSET_HIT_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}(?:helicopters?|aircraft|planes?|jets?|drones?|vehicles?|convoys?|patrols?|trucks?|buses|bus|boats?|ships?|posts?|bases?|checkpoints?|stations?)\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?(?:shot down|downed|hit|struck|attacked|targeted|ambushed|destroyed|bombed|shelled)\b/iu;

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
      (/\b(?:the|government|federal|national|state)\s+$/i.test(before) || /^(?:junta|regime)\b/i.test(m[0]) || role === "police") &&
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

/** Between a common noun for fighters and the group they belong to: "militants from the", "gunmen of". */
const MEMBERS_OF_BETWEEN = /^\s+(?:from|of|belonging to)\s+(?:the\s+)?(?:banned\s+|outlawed\s+)?$/i;

/** Nouns that stand for a state's forces without naming the state. */
const FORCES_NOUN =
  /^(?:military|army|troops|police|security forces|forces|junta|junta forces|junta troops|junta soldiers|regime forces|gendarmes|gendarmerie)$/i;

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

/** "X and Y signed", "representatives of X and the Y agreed": two sides joined by "and". */
const AND_BETWEEN = /^\s*,?\s+and\s+(?:the\s+)?$/i;

/** What a candidate is to the trigger by the words around it: its agent, its target, who tells of it, or nothing said. */
function roleOf(
  text: string,
  c: ActorCandidate,
  trigger: { start: number; end: number },
  sentenceStart: number,
): "agent" | "target" | "speaker" | null {
  const before = text.slice(Math.max(sentenceStart, c.start - 50), c.start);
  if (c.victim) return "target";
  // "American officials, on condition of anonymity, revealed that three soldiers were killed":
  // who tells of the incident, not a party to it.
  const between = text.slice(c.end, trigger.start);
  // "CENTCOM said its aircraft struck": a speaker telling of its own act is the actor.
  const ownAct = OWN_ACT_BETWEEN.test(between);
  if (c.end <= trigger.start && !ownAct && TELLS_OF_BETWEEN.test(between)) return "speaker";
  // "The Taliban's ministry condemned the strikes": who condemns an act is not its author.
  if (c.end <= trigger.start && CONDEMNS_BETWEEN.test(between)) return "speaker";
  // "recaptured two villages from the rebels": who a place is taken from is acted upon.
  if (TAKEN_FROM_BEFORE.test(before)) return "target";
  // "killing three officers from the regime forces": the group of the people hit.
  if (HIT_MEMBERS_FROM_BEFORE.test(before)) return "target";
  if (AGENT_BEFORE.test(before)) return "agent";
  if (TARGET_BEFORE.test(before)) return "target";
  // "a stronghold of Hezbollah", "the funeral of a Hamas commander": the group names what was hit.
  // "Members of the Gran Grif gang shot...": the group whose members acted is no target.
  if (MEMBERS_OF_BEFORE.test(before)) return null;
  if (OF_BEFORE.test(before) || HIT_PART_AFTER.test(text.slice(c.end, c.end + 30))) return "target";
  if (PASSIVE_AFTER.test(text.slice(c.end, c.end + 80))) return "target";
  // "a police Black Hawk helicopter was shot down": the side whose craft or post was hit.
  if (ASSET_HIT_AFTER.test(text.slice(c.end, c.end + 80))) return "target";
  return null;
}

/** "amid ongoing hostilities with Hezbollah", "amid tensions between X and Y": the setting of the act, whose sides are not its own. */
const AMID_BEFORE = /\bamid(?:st)?\s+[^,.;:()]*$/i;

/** Picks actor1 (who acted) and actor2 (who was acted upon) around a trigger. */
export function assignActors(
  text: string,
  candidates: ActorCandidate[],
  trigger: { start: number; end: number; value?: string },
  sentenceStart: number,
) {
  let actor1: ActorCandidate | null = null;
  let actor2: ActorCandidate | null = null;
  // An agreement has two sides, not a doer and a target: the two named together before it, in the order named.
  if (trigger.value === "agreement") {
    const before = candidates.filter((c) => c.end <= trigger.start);
    for (let i = before.length - 1; i > 0; i--) {
      const [a, b] = [before[i - 1]!, before[i]!];
      const rest = text.slice(b.end, trigger.start);
      // Not two who only tell of it ("X and Y said a truce was agreed").
      if (
        AND_BETWEEN.test(text.slice(a.end, b.start)) &&
        a.actor.name !== b.actor.name &&
        !/[.;]/.test(rest) &&
        !TELLS_OF_BETWEEN.test(rest)
      )
        return { actor1: a, actor2: b };
    }
  }
  // "clashes between the 444 Brigade and the Rada force": the two sides of a fight, in the order named.
  if (trigger.value === "armed_clash" && /^\s+between\b/i.test(text.slice(trigger.end, trigger.end + 10))) {
    const after = candidates.filter((c) => c.start >= trigger.end && c.start - trigger.end <= 80);
    const [a, b] = after;
    if (
      a &&
      b &&
      a.actor.name !== b.actor.name &&
      /^\s*(?:,[^,;.]{0,40},\s*)?and\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(text.slice(a.end, b.start))
    )
      return { actor1: a, actor2: b };
  }
  // Before the trigger: the nearest actor not marked as a target is the agent. A side named only
  // in the setting ("amid hostilities with X") is none of the act's.
  const setting = (c: ActorCandidate) => AMID_BEFORE.test(text.slice(Math.max(sentenceStart, c.start - 120), c.start));
  const beforeTrigger = candidates.filter((c) => c.end <= trigger.end && !setting(c)).reverse();
  const afterTrigger = candidates.filter((c) => c.start >= trigger.start && c.end > trigger.end && !setting(c));
  // An agency, outlet or aid group tells of an incident or suffers it; it is never the side that acted.
  // "attacked near Nadiia, but were repelled by the army": "by" after another verb names that verb's agent.
  for (const c of afterTrigger)
    if (
      roleOf(text, c, trigger, sentenceStart) === "agent" &&
      !OTHER_VERB_BETWEEN.test(text.slice(trigger.end, c.start)) &&
      !actor1 &&
      !cannotAct(c.actor)
    )
      actor1 = c;
  for (const c of beforeTrigger) {
    const r = roleOf(text, c, trigger, sentenceStart);
    if (r === "speaker") continue;
    if (r === "target") {
      if (!actor2) actor2 = c;
    } else if (!actor1 && c.actor.kind !== "civilians" && !cannotAct(c.actor)) actor1 = c;
  }
  for (const c of afterTrigger) {
    if (c === actor1 || roleOf(text, c, trigger, sentenceStart) === "agent") continue;
    if (!actor2 && c.actor.name !== actor1?.actor.name) actor2 = c;
  }
  if (actor2 && actor1 && actor2.actor.name === actor1.actor.name) actor2 = null;
  return { actor1, actor2 };
}
