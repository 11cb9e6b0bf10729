import type { Doc } from "../../core/document.ts";
import type { ArticleLink, ArticleReference } from "../../core/model.ts";
import type { Incident } from "./group-incidents.ts";
import type { Observation } from "./read-observations.ts";

const RETALIATION = /\b(?:retaliat\w*|in response to|in revenge for|avenge|response to)\b/i;

const AFTER_WORDS = /\b(?:after|following|in response to|in retaliation for|in revenge for|for)\s+(?:\S+\s+){0,4}$/i;

/** Links within one sentence: "strikes ... after an attack", "in retaliation for the killing". */
export function findLinks(incidents: Incident[], text: string): ArticleLink[] {
  const links: ArticleLink[] = [];
  const where = new Map<Observation, number>();
  incidents.forEach((inc, i) => inc.observations.forEach((o) => where.set(o, i)));
  const all = [...where.keys()].sort((a, b) => a.trigger.start - b.trigger.start);
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]!;
    const b = all[i + 1]!;
    if (a.sentence !== b.sentence) continue;
    const between = text.slice(a.trigger.end, b.trigger.start);
    const from = where.get(a)!;
    const to = where.get(b)!;
    if (from === to || links.some((l) => l.from === from && l.to === to)) continue;
    if (RETALIATION.test(a.sentence.text) && AFTER_WORDS.test(between)) {
      links.push({ from, to, relation: "retaliation_for", evidence: a.sentence.span });
    } else if (a.trigger.type === "arrests" && b.trigger.type !== "arrests" && CULPRITS_OF.test(between)) {
      // "arrested the perpetrators of the June 5 massacre": the arrest follows up the massacre.
      links.push({ from, to, relation: "follow_up", evidence: a.sentence.span });
    }
  }
  return links;
}

/** "in response to the killings of X and Y": what follows names the victims of the incidents answered. */
const RESPONSE_TO_KILLING =
  /\b(?:in (?:response|retaliation|revenge) (?:to|for)|to avenge|retaliating for|avenging)\s+(?:the\s+)?(?:recent\s+)?(?:killings?|assassinations?|deaths?|murders?)\s+of\s+/gi;

/**
 * Retaliation for the killing of a named person: linked to the article's incident with that victim
 * when there is one, else left as a reference the store resolves against other sources' events.
 */
export function linksByVictim(doc: Doc, incidents: Incident[]): { links: ArticleLink[]; references: ArticleReference[] } {
  const links: ArticleLink[] = [];
  const references: ArticleReference[] = [];
  for (const sentence of doc.sentences) {
    RESPONSE_TO_KILLING.lastIndex = 0;
    const cue = RESPONSE_TO_KILLING.exec(sentence.text);
    if (!cue) continue;
    const cueAt = sentence.span.start + cue.index;
    // The incident answering: the one whose trigger stands last before the cue in the sentence.
    let from = -1;
    let fromAt = -1;
    incidents.forEach((inc, i) => {
      for (const o of inc.observations) {
        if (o.sentence === sentence && o.trigger.start < cueAt && o.trigger.start > fromAt) {
          from = i;
          fromAt = o.trigger.start;
        }
      }
    });
    if (from < 0) continue;
    const victims = doc.mentions.filter(
      (m) => m.kind === "person" && m.span.start >= cueAt + cue[0].length && m.span.end <= sentence.span.end,
    );
    for (const v of victims) {
      const name = (v.normalised as { name: string }).name;
      const to = incidents.findIndex((inc, i) => i !== from && inc.observations.some((o) => victimNamed(o, name)));
      if (to >= 0) {
        if (!links.some((l) => l.from === from && l.to === to))
          links.push({ from, to, relation: "retaliation_for", evidence: sentence.span });
      } else references.push({ from, relation: "retaliation_for", victim: name, evidence: sentence.span });
    }
  }
  return { links, references };
}

/** True when the observation's victim is the person named (by family name, the way reports shorten names). */
function victimNamed(o: Observation, name: string): boolean {
  const last = (n: string) =>
    n
      .replace(/\s*\(.*\)$/, "")
      .trim()
      .split(/\s+/)
      .pop()!
      .toLowerCase()
      .replace(/^(?:al|el)-/, "");
  const target = last(name);
  const candidates = [o.actor2?.actor.kind === "person" ? o.actor2.actor.name : null, ...o.casualties.map((c) => c.who)];
  return candidates.some((c) => c && c.split(/\s+and\s+/).some((who) => last(who) === target));
}

/** Between an arrest and an attack: those arrested carried it out. */
const CULPRITS_OF =
  /\b(?:perpetrators?|masterminds?|suspects?|gunmen|attackers|terrorists|men|those)\s+(?:\w+\s+){0,2}(?:of|behind|responsible for|in|involved in|who carried out|linked to)\b/i;
