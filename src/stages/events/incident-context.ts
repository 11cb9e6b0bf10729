import type { Doc } from "../../core/document.ts";
import type { Incident } from "./group-incidents.ts";

/** Sentences that tell no other incident and follow on from one ("Police fired tear gas to disperse them"): at most this many. */
const FOLLOWING_SENTENCES = 2;

/** The text of an incident's sentences and of the sentences after them that tell no other incident. */
export function incidentContext(doc: Doc, inc: Incident, all: Incident[]): string {
  return incidentSentences(doc, inc, all)
    .map((s) => s.text)
    .join(" ");
}

/** An incident's sentences and the sentences after them that tell no other incident. */
export function incidentSentences(doc: Doc, inc: Incident, all: Incident[]): Doc["sentences"] {
  const own = new Set(inc.observations.map((o) => o.sentence.index));
  const others = new Set(all.filter((i) => i !== inc).flatMap((i) => i.observations.map((o) => o.sentence.index)));
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
