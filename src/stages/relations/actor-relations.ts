/**
 * Ties between people and groups as articles state them around a person's name: "X, a senior
 * Hezbollah commander", "a member of the Islamic State", "Hamas spokesman X", "X, who had direct
 * ties to the ISIS gunman". Each relation keeps the words that state it, so that an actor network
 * built from them can always show why two actors are joined.
 *
 * Only what the sentence says is read: the group must be named (a lexicon actor, or capitalised
 * words that are not a place), never guessed from the story.
 */

import type { ActorRelationKind, ActorValue, EvidenceSpan, Mention, Span, StatedActorRelation } from "../../core/model.ts";
import { readGroupName } from "../../actors/canonical-group-name.ts";
import {
  CONNECTION_CUE,
  DESCRIBED_GROUP,
  GROUP_ROLE_AFTER,
  GROUP_ROLE_BEFORE,
  GROUP_TIE_AFTER,
  OBJECT_END,
  POSSESSIVE_ROLE_AFTER,
  ROLE_OF_AFTER,
  VERB_AFTER,
  VERB_RELATIONS,
} from "./relation-patterns.ts";
import { roleRelation } from "../../actors/relation-roles.ts";
import { sentenceAround } from "./sentence-around.ts";

/** A stated tie between two actors, named as written (a person) or canonically (a group): the core shape. */
export type ActorRelation = StatedActorRelation;

interface Found {
  name: string;
  start: number;
  end: number;
}

/** Mentions by kind, for the lookups below. */
interface Context {
  text: string;
  persons: Mention[];
  actors: Mention[];
  places: Mention[];
}

const overlapping = (mentions: Mention[], start: number, end: number) => mentions.find((m) => m.span.start < end && start < m.span.end);

function personName(mention: Mention): string {
  const normalised = mention.normalised as { name?: unknown } | null;
  return typeof normalised?.name === "string" ? normalised.name : mention.text;
}

/**
 * The group named in `[start, end)`: a lexicon actor there, else the capitalised words unless they
 * are a place ("a Syrian commander"). Capitalised words the person finder took for a name stay a
 * group here: in "a Ansar Dine commander" the slot can only hold one.
 */
function groupIn(ctx: Context, start: number, end: number): Found | null {
  const actor = overlapping(ctx.actors, start, end);
  if (actor) return { name: (actor.normalised as ActorValue).name, start: actor.span.start, end: actor.span.end };
  if (overlapping(ctx.places, start, end)) return null;
  const group = readGroupName(ctx.text.slice(start, end));
  return { name: group.name, start: start + group.offset, end };
}

/** Where the named capture `group` of a match (made with the `d` flag) lies, shifted by `offset`. */
function groupSpan(match: RegExpExecArray, offset: number): Span {
  const [start, end] = match.indices!.groups!.group!;
  return { start: offset + start, end: offset + end };
}

/**
 * Who the words from `start` on name (after "a member of", "linked to"), up to the clause's end:
 * a person named there; else a capitalised group, also as the group of a described person ("the
 * ISIS gunman"); else a person in apposition ("the gunman, Ali Hasan"); else a lexicon actor.
 */
function objectAt(ctx: Context, start: number, limit: number, personsToo: boolean): Found | null {
  const tail = ctx.text.slice(start, limit);
  const cut = tail.search(OBJECT_END);
  const end = start + (cut === -1 ? tail : tail.slice(0, cut)).trimEnd().length;
  if (end <= start) return null;
  const personIn = personsToo ? ctx.persons.find((p) => p.span.start >= start && p.span.start < end) : undefined;
  if (personIn) return { name: personName(personIn), start: personIn.span.start, end: personIn.span.end };
  const described = DESCRIBED_GROUP.exec(ctx.text.slice(start, end));
  const span = described ? groupSpan(described, start) : null;
  const group = span ? groupIn(ctx, span.start, span.end) : null;
  if (group) return { name: group.name, start: group.start, end: start + described![0].length };
  const apposed = personsToo
    ? ctx.persons.find((p) => p.span.start >= end && /^\s*,\s*$/.test(ctx.text.slice(end, p.span.start)))
    : undefined;
  if (apposed) return { name: personName(apposed), start: apposed.span.start, end: apposed.span.end };
  const actor = ctx.actors.find((a) => a.span.start >= start && a.span.end <= end);
  return actor ? { name: (actor.normalised as ActorValue).name, start: actor.span.start, end: actor.span.end } : null;
}

function evidence(text: string, start: number, end: number): EvidenceSpan {
  return { start, end, text: text.slice(start, end) };
}

/** The relation a role states, the suffix ("-affiliated") overriding the noun after it. */
function relationOf(groups: Record<string, string | undefined>): ActorRelationKind | null {
  if (groups.suffix) return "affiliated_with";
  return groups.role2 ? roleRelation(groups.role2) : null;
}

/** Relations stated by the words right after a person's name. */
function relationsAfter(ctx: Context, person: Mention, sentence: Span): ActorRelation[] {
  const { text } = ctx;
  const from = personName(person);
  const start = person.span.end;
  const after = text.slice(start, sentence.end);
  const out: ActorRelation[] = [];
  for (const pattern of [GROUP_ROLE_AFTER, POSSESSIVE_ROLE_AFTER]) {
    const m = pattern.exec(after);
    const relation = m ? relationOf(m.groups!) : null;
    if (!m || !relation) continue;
    const span = groupSpan(m, start);
    const group = groupIn(ctx, span.start, span.end);
    if (group) out.push({ from, to: group.name, relation, evidence: evidence(text, person.span.start, start + m.index + m[0].length) });
  }
  const roleOf = ROLE_OF_AFTER.exec(after);
  const roleRel = roleOf ? roleRelation(roleOf.groups!.role2!) : null;
  if (roleOf && roleRel) {
    // Only a tie of service ("an aide to") points at a person: "a member of the unit led by X" is not X's member.
    const object = objectAt(ctx, start + roleOf[0].length, sentence.end, roleRel === "connected_to");
    if (object) out.push({ from, to: object.name, relation: roleRel, evidence: evidence(text, person.span.start, object.end) });
  }
  const verb = VERB_AFTER.exec(after);
  if (verb) {
    const object = objectAt(ctx, start + verb[0].length, sentence.end, false);
    // A verb's object must be a known group: "led the Gaza office" or "joined Reuters" are not ties to armed actors.
    const known = object && ctx.actors.some((a) => a.span.start === object.start);
    const relation = VERB_RELATIONS.find(([re]) => re.test(verb.groups!.verb!))![1];
    if (object && known) out.push({ from, to: object.name, relation, evidence: evidence(text, person.span.start, object.end) });
  }
  return out;
}

/** Relations stated by the words right before a person's name ("Hezbollah commander X"). */
function relationsBefore(ctx: Context, person: Mention, sentence: Span): ActorRelation[] {
  const before = ctx.text.slice(sentence.start, person.span.start);
  const m = GROUP_ROLE_BEFORE.exec(before);
  const relation = m ? relationOf(m.groups!) : null;
  if (!m || !relation) return [];
  const span = groupSpan(m, sentence.start);
  const group = groupIn(ctx, span.start, span.end);
  if (!group) return [];
  return [{ from: personName(person), to: group.name, relation, evidence: evidence(ctx.text, group.start, person.span.end) }];
}

/** "X ... with direct ties to the ISIS gunman": the nearest person before the cue, tied to what follows it. */
function connections(ctx: Context, sentence: Span): ActorRelation[] {
  const out: ActorRelation[] = [];
  const words = ctx.text.slice(sentence.start, sentence.end);
  CONNECTION_CUE.lastIndex = 0;
  for (let m = CONNECTION_CUE.exec(words); m; m = CONNECTION_CUE.exec(words)) {
    const cueStart = sentence.start + m.index;
    const subject = ctx.persons.filter((p) => p.span.start >= sentence.start && p.span.end <= cueStart).at(-1);
    if (!subject) continue;
    const object = objectAt(ctx, cueStart + m[0].length, sentence.end, true);
    if (!object || object.name === personName(subject)) continue;
    out.push({
      from: personName(subject),
      to: object.name,
      relation: "connected_to",
      evidence: evidence(ctx.text, subject.span.start, object.end),
    });
  }
  return out;
}

/** "JNIM, which is linked to al-Qaeda": a named group's tie to another group, stated right after its name. */
function groupTies(ctx: Context, group: Mention, sentence: Span): ActorRelation[] {
  const actor = group.normalised as ActorValue;
  if (actor.kind !== "armed_group") return [];
  const m = GROUP_TIE_AFTER.exec(ctx.text.slice(group.span.end, sentence.end));
  if (!m) return [];
  const object = objectAt(ctx, group.span.end + m[0].length, sentence.end, false);
  if (!object || object.name === actor.name) return [];
  return [{ from: actor.name, to: object.name, relation: "affiliated_with", evidence: evidence(ctx.text, group.span.start, object.end) }];
}

/**
 * Relations between people and groups stated around the person mentions of `text`: role
 * appositions and titles (`commander_of`, `member_of`, `affiliated_with`) and stated ties
 * (`connected_to`); and a named group's stated tie to another group (`affiliated_with`). Groups
 * are canonicalised through the actor lexicon; every evidence span slices back to its text.
 * Ordered by where the evidence starts.
 */
export function findActorRelations(text: string, mentions: readonly Mention[]): ActorRelation[] {
  const byStart = [...mentions].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const ctx: Context = {
    text,
    persons: byStart.filter((m) => m.kind === "person"),
    actors: byStart.filter((m) => m.kind === "actor"),
    places: byStart.filter((m) => m.kind === "place"),
  };
  const found: ActorRelation[] = [];
  const sentences = new Map<string, Span>();
  for (const person of ctx.persons) {
    const sentence = sentenceAround(text, person.span);
    sentences.set(`${sentence.start}:${sentence.end}`, sentence);
    found.push(...relationsAfter(ctx, person, sentence), ...relationsBefore(ctx, person, sentence));
  }
  for (const sentence of sentences.values()) found.push(...connections(ctx, sentence));
  for (const group of ctx.actors) found.push(...groupTies(ctx, group, sentenceAround(text, group.span)));
  const seen = new Set<string>();
  return found
    .filter((r) => {
      const key = [r.from, r.to, r.relation, r.evidence.start, r.evidence.end].join("\u0000");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end || (a.relation < b.relation ? -1 : 1));
}
