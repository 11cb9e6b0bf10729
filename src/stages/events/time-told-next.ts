import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { Doc } from "../../core/document.ts";
import type { Mention } from "../../core/model.ts";
import type { TimeExpression } from "../dates/find-time-expressions.ts";

/** Sentence openings that name the incident again to say when it happened (see the lexicon). */
const TOLD_AGAIN = readTsv(lexiconUrl("incident-told-again.tsv")).map(([pattern]) => new RegExp(`^\\s*(?:${pattern!})\\b`, "i"));

/**
 * "A bomb went off near the market, injuring six. The blast happened at 8am on May 3.": an
 * incident whose own sentences give no time takes the one the very next sentence gives it, when
 * that sentence only names it again to say when. Null when there is no such sentence or time.
 */
export function timeToldNext(doc: Doc, lastSentenceIndex: number): (Mention & { normalised: TimeExpression }) | null {
  const next = doc.sentences[lastSentenceIndex + 1];
  if (!next || !TOLD_AGAIN.some((re) => re.test(next.text))) return null;
  const times = doc.mentions.filter(
    (m): m is Mention & { normalised: TimeExpression } =>
      m.kind === "time" &&
      m.span.start >= next.span.start &&
      m.span.end <= next.span.end &&
      Boolean((m.normalised as TimeExpression).value) &&
      !(m.normalised as TimeExpression).relative,
  );
  return times[0] ?? null;
}
