/**
 * The sentence a mention sits in, found from the text alone: relations are read from the words
 * around a name, and must not run into the next sentence ("... was killed. A Hamas commander said").
 * Uses the segmenter's own rule, line by line, so it agrees with the sentences the pipeline reads.
 */

import type { Span } from "../../core/model.ts";
import { splitSentences } from "../segment/segment-stage.ts";

/** The sentence holding `span` (or the line, when the span runs over a sentence end). */
export function sentenceAround(text: string, span: Span): Span {
  const lineStart = text.lastIndexOf("\n", Math.max(0, span.start - 1)) + 1;
  const newline = text.indexOf("\n", span.start);
  const lineEnd = newline === -1 ? text.length : newline;
  const line = { start: lineStart, end: Math.max(lineEnd, span.end) };
  const sentence = splitSentences(text, line.start, line.end).find((s) => s.start <= span.start && span.end <= s.end);
  return sentence ?? line;
}
