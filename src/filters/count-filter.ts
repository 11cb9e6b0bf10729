/**
 * The numbers and yes-or-no answers filters take as text (`--min-fatalities 5`, `reviewed=true`):
 * read strictly, so that "5.5", "five" or "maybe" is refused rather than read as something else.
 */

/** A whole number written in digits, at least `min`, or null. */
export function parseCount(text: string, min: number): number | null {
  const t = text.trim();
  if (!/^\d{1,9}$/.test(t)) return null;
  const n = Number(t);
  return n >= min ? n : null;
}

const ANSWERS: Record<string, boolean> = { yes: true, true: true, no: false, false: false };

/** "yes" or "true" → true, "no" or "false" → false (any case); anything else null. */
export function parseYesNo(text: string): boolean | null {
  return ANSWERS[text.trim().toLowerCase()] ?? null;
}
