/** A half-open range `[start, end)` of UTF-16 code units in an article's original text. */
export interface Span {
  start: number;
  end: number;
}

/** A value read from (or inferred about) a piece of text, with the evidence that backs it. */
export interface Extracted<T> {
  value: T;
  span: Span;
  /** Exactly `text.slice(span.start, span.end)` of the original article. */
  text: string;
  /** The rule or stage that produced the value. */
  source: string;
  /** True when the value was inferred rather than read (e.g. a date from the publication date). */
  implied?: boolean;
}

/** Builds an extracted value whose `text` is the slice of `original` under `span`. */
export function extracted<T>(original: string, span: Span, value: T, source: string, implied = false): Extracted<T> {
  const out: Extracted<T> = { value, span, text: original.slice(span.start, span.end), source };
  if (implied) out.implied = true;
  return out;
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
