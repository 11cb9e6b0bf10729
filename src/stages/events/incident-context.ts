import type { Doc } from "../../core/document.ts";
import type { Incident } from "./group-incidents.ts";

/** Sentences that tell no other incident and follow on from one ("Police fired tear gas to disperse them"): at most this many. */
const FOLLOWING_SENTENCES = 2;

/**
 * An event asks for its incident's sentences several times (to type it, to find "no casualties"):
 * they are read once per incident and article's incidents, and the sentences each incident tells
 * of once per article, not once per incident.
 */
const SENTENCES = new WeakMap<Incident, { all: Incident[]; sentences: Doc["sentences"]; text?: string }>();
const TELLERS = new WeakMap<Incident[], Map<number, Incident[]>>();

/** The text of an incident's sentences and of the sentences after them that tell no other incident. */
export function incidentContext(doc: Doc, inc: Incident, all: Incident[]): string {
  const sentences = incidentSentences(doc, inc, all);
  const known = SENTENCES.get(inc)!;
  return (known.text ??= sentences.map((s) => s.text).join(" "));
}

/** An incident's sentences and the sentences after them that tell no other incident. */
export function incidentSentences(doc: Doc, inc: Incident, all: Incident[]): Doc["sentences"] {
  const known = SENTENCES.get(inc);
  if (known && known.all === all) return known.sentences;
  const sentences = readIncidentSentences(doc, inc, all);
  SENTENCES.set(inc, { all, sentences });
  return sentences;
}

/** Which incidents tell of each sentence, by its index. */
function tellersBySentence(all: Incident[]): Map<number, Incident[]> {
  let tellers = TELLERS.get(all);
  if (!tellers) {
    tellers = new Map();
    for (const i of all)
      for (const o of i.observations) {
        const list = tellers.get(o.sentence.index);
        if (!list) tellers.set(o.sentence.index, [i]);
        else if (!list.includes(i)) list.push(i);
      }
    TELLERS.set(all, tellers);
  }
  return tellers;
}

function readIncidentSentences(doc: Doc, inc: Incident, all: Incident[]): Doc["sentences"] {
  const own = new Set(inc.observations.map((o) => o.sentence.index));
  const tellers = tellersBySentence(all);
  const others = { has: (index: number) => tellers.get(index)?.some((i) => i !== inc) ?? false };
  const parts: Doc["sentences"] = [];
  let after = 0;
  for (const s of doc.sentences) {
    if (own.has(s.index)) {
      parts.push(s);
      after = FOLLOWING_SENTENCES;
    } else if (after > 0 && !others.has(s.index)) {
      parts.push(s);
      after--;
    } else after = 0;
  }
  return parts;
}
