/** What the date tests read from one-sentence texts. */

import assert from "node:assert/strict";

import type { DateValue } from "../../core/model.ts";
import { findTimeExpressions, type TimeExpression } from "./find-time-expressions.ts";

/** All expressions in a one-sentence text, each checked to slice back to its own text. */
export function find(sentence: string, published: string | null): TimeExpression[] {
  const found = findTimeExpressions(sentence, { start: 0, end: sentence.length }, published);
  for (const e of found) {
    assert.equal(sentence.slice(e.span.start, e.span.end), e.text, `span of ${JSON.stringify(e.text)}`);
    assert.ok(e.span.start < e.span.end);
  }
  return found;
}

/** The one expression whose text is exactly `phrase`. */
export function one(sentence: string, phrase: string, published: string | null): TimeExpression {
  const found = find(sentence, published);
  const hits = found.filter((e) => e.text === phrase);
  assert.equal(hits.length, 1, `expected "${phrase}" in ${JSON.stringify(found.map((e) => e.text))}`);
  return hits[0]!;
}

export function day(iso: string): DateValue {
  return { start: iso, end: iso, precision: "day" };
}

export function texts(sentence: string, published: string | null): string[] {
  return find(sentence, published).map((e) => e.text);
}
