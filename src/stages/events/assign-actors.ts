import { cannotAct } from "../../actors/non-actors.ts";
import type { ActorCandidate } from "./actor-candidates.ts";
import { reportingVerbs } from "../reporting-verbs.ts";

/** "the terrorists, who were arrested", "two soldiers were killed": the subject of a passive verb is acted upon. */
export const PASSIVE_AFTER =
  /^(?:\s*,[^,.]{0,40},)?\s*(?:,\s*(?:who|that)\s+|(?:who|that)\s+)?(?:was|were|had been|have been|has been|are being|is being)\s+(?:\w+\s+)?(?:killed|arrested|detained|abducted|kidnapped|attacked|targeted|hit|struck|injured|wounded|captured|apprehended|ambushed|shot|held)\b/i;

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

/**
 * A verb of its own between a trigger and a "by X" or "from X" after it: X is that verb's agent, not the
 * trigger's. Who resisted or repelled ("encountered resistance from X") is the side acted upon; who
 * told of it (`TOLD_BY_BETWEEN`) is no side at all.
 */
const RESISTED_BY_BETWEEN =
  /\b(?:repell?ed|repulsed|pushed back|thwarted|foiled|intercepted|shot down|arrested|detained|captured|neutrali[sz]ed|encounter(?:ed|ing)|faced|facing|met with|came under)\b/i;
const TOLD_BY_BETWEEN = /\b(?:condemned|denied|claimed|confirmed|reported)\b/i;
const OTHER_VERB_BETWEEN = new RegExp(`${RESISTED_BY_BETWEEN.source}|${TOLD_BY_BETWEEN.source}`, "i");

/** "recaptured the town from the", "regained the villages of A, B and C, all in D, from": the side a place was taken from. */
const TAKEN_FROM_BEFORE =
  /\b(?:recaptur\w*|retook|retaken|retak\w*|regain\w*|seiz\w*|captur\w*|took|taken|wrest\w*|liberat\w*)\b[^.;]{0,200}\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/** "killing three officers from the", "wounded two members of the": the group named next is that of the people hit. */
const HIT_MEMBERS_FROM_BEFORE =
  /\b(?:kill(?:ed|ing)|wound(?:ed|ing)|injur(?:ed|ing)|captur(?:ed|ing)|arrest(?:ed|ing)|detain(?:ed|ing))\s+(?:(?!by\b|with\b)[\w-]+\s+){1,3}(?:from|of|belonging to)\s+(?:the\s+)?$/i;
/** "members of the", "fighters of": the group named next is the one whose people acted. */
const MEMBERS_OF_BEFORE =
  /\b(?:members?|fighters|militants|gunmen|militiamen|elements|operatives|men|officers|agents|personnel|soldiers|troops|units?|commandos)\s+of\s+(?:the\s+)?$/i;
/** Between a side and an act it condemns or vows to avenge: "condemned the", "vowed revenge for the". */
const CONDEMNS_BETWEEN = /^[^.;]{0,100}?\b(?:condemn\w*|denounc\w*|decr(?:y|ied|ies)|deplor\w*|vow\w*|pledg\w*|threaten\w*)\b[^.;]*$/i;

/** What may stand between a fight and its two sides: "clashes between", "fighting broke out between". */
const SIDES_AFTER =
  /^\s+(?:(?:took place|taking place|broke out|breaking out|erupted|occurred|happened|ensued|raged|flared(?: up)?|resumed|continued|were reported|was reported|have been reported)\s+)?between\b/i;

/** Between the two sides: the first's own nouns ("militants"), an aside, "and", the second's first words. */
const SIDES_JOINED = /^\s*(?:(?!in\b|at\b|near\b|on\b|of\b)[\w-]+\s+){0,2}?(?:,[^,;.]{0,40},\s*)?and\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;

/**
 * One candidate per side, with where the side's words end: a name and the noun right after it
 * ("Hamas militants", "Boko Haram fighters") tell of one side, read by the name.
 */
function sidesNamed(text: string, candidates: ActorCandidate[]): Array<{ candidate: ActorCandidate; end: number }> {
  const out: Array<{ candidate: ActorCandidate; end: number }> = [];
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (prev && c.start >= prev.end && /^[\s-]*$/.test(text.slice(prev.end, c.start))) prev.end = c.end;
    else out.push({ candidate: c, end: c.end });
  }
  return out;
}

/** A count of people before them: "thousands of", "dozens of". */
const COUNTED_OF = /\b(?:(?:tens of )?thousands|hundreds|dozens|scores|tens|millions)\s+of\s+$/i;

/** "of" right before an actor: it qualifies something else ("positions of the army"). */
const OF_BEFORE = /\bof\s+(?:the\s+|a\s+|an\s+)?$/i;
/** A person or place of the group right after it: "a Hezbollah commander", "an ISIS stronghold". */
const HIT_PART_AFTER =
  /^\s+(?:commander|leader|official|member|operative|figure|chief|deputy|stronghold|positions?|posts?|hideouts?|camps?)\b/i;

/** Words before an actor that make it the one acting. */
const AGENT_BEFORE =
  /\b(?:by|(?<!\b(?:were|was|are|is|be|been)\s)from)\s+(?:the\s+|an?\s+)?(?:(?:group|band|gang|number|unit|squad) of\s+)?["“'‘]?(?:(?!when\b|while\b|as\b|after\b|before\b|and\b|but\b|in\b|on\b|at\b|by\b|during\b|where\b)[\w-]+\s+){0,2}$/i;

/** A side's craft, vehicle or post, then a passive verb of being hit: "police helicopter was shot down". */
const ASSET_HIT_AFTER =
  /^\s+(?:[\p{L}-]+\s+){0,2}(?:helicopters?|aircraft|planes?|jets?|drones?|vehicles?|convoys?|patrols?|trucks?|buses|bus|boats?|ships?|posts?|bases?|checkpoints?|stations?)\s+(?:was|were|had been|has been)\s+(?:\w+\s+)?(?:shot down|downed|hit|struck|attacked|targeted|ambushed|destroyed|bombed|shelled)\b/iu;

/** "X and Y signed", "representatives of X and the Y agreed": two sides joined by "and". */
const AND_BETWEEN = /^\s*,?\s+and\s+(?:the\s+)?$/i;

/** What a candidate is to the trigger by the words around it: its agent, its target, who tells of it, or nothing said. */
function roleOf(
  text: string,
  c: ActorCandidate,
  trigger: { start: number; end: number },
  sentenceStart: number,
): "agent" | "target" | "speaker" | null {
  // "Thousands of students clashed": a count is no "of" that makes the counted a target.
  const wide = text.slice(Math.max(sentenceStart, c.start - 50), c.start);
  const counted = COUNTED_OF.exec(wide);
  const before = counted ? wide.slice(0, counted.index) : wide;
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
  if (TAKEN_FROM_BEFORE.test(text.slice(Math.max(sentenceStart, c.start - 250), c.start))) return "target";
  // "killing three officers from the regime forces": the group of the people hit.
  if (HIT_MEMBERS_FROM_BEFORE.test(before)) return "target";
  if (AGENT_BEFORE.test(before)) return "agent";
  // "Members of the Gran Grif gang shot...", "officers of the intelligence service arrested": the group
  // whose members acted is no target, unless its members are what was hit ("ambushed fighters of the").
  const members = MEMBERS_OF_BEFORE.exec(before);
  if (members) return TARGET_BEFORE.test(before.slice(0, members.index)) ? "target" : null;
  if (TARGET_BEFORE.test(before)) return "target";
  // "a stronghold of Hezbollah", "the funeral of a Hamas commander": the group names what was hit.
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
  // "clashes between the 444 Brigade and the Rada force", "fighting broke out between the army and
  // X": the two sides of a fight, in the order named.
  const sides = trigger.value === "armed_clash" ? SIDES_AFTER.exec(text.slice(trigger.end, trigger.end + 60)) : null;
  if (sides) {
    const from = trigger.end + sides[0].length;
    const [first, second] = sidesNamed(
      text,
      candidates.filter((c) => c.start >= from && c.start - from <= 80),
    );
    const [a, b] = [first?.candidate, second?.candidate];
    // Both sides named: the people killed in the fight do not make another side.
    if (a && b && a.actor.name !== b.actor.name && SIDES_JOINED.test(text.slice(first!.end, b.start)))
      return { actor1: a, actor2: b, bothSides: true };
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
    // The agent of another verb after the trigger ("encountered resistance from X") may be the side acted upon.
    const between = text.slice(trigger.end, c.start);
    if (
      c === actor1 ||
      (roleOf(text, c, trigger, sentenceStart) === "agent" && (!RESISTED_BY_BETWEEN.test(between) || TOLD_BY_BETWEEN.test(between)))
    )
      continue;
    if (!actor2 && c.actor.name !== actor1?.actor.name) actor2 = c;
  }
  if (actor2 && actor1 && actor2.actor.name === actor1.actor.name) actor2 = null;
  return { actor1, actor2 };
}
