import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { Span } from "../../core/model.ts";

/** Every phrase saying nobody died (no-death-cues.tsv), joined into one pattern. */
const NO_DEATHS = new RegExp(
  readTsv(lexiconUrl("no-death-cues.tsv"))
    .map(([pattern]) => `(?:${pattern})`)
    .join("|"),
  "gi",
);

const NEGATION = /\b(?:no|nobody|neither|without)\b/i;

/**
 * Where the text says the incident killed nobody ("there were no casualties", "no one was hurt"),
 * among the given spans of it: a toll of zero, which is known, unlike a toll nobody gave.
 */
export function findNoDeaths(text: string, spans: Span[]): Span | null {
  for (const span of spans) {
    // Every cue has one of these words: most sentences have none, and are passed over.
    if (!NEGATION.test(text.slice(span.start, span.end))) continue;
    NO_DEATHS.lastIndex = 0;
    const m = NO_DEATHS.exec(text.slice(span.start, span.end));
    if (m) return { start: span.start + m.index, end: span.start + m.index + m[0].length };
  }
  return null;
}
