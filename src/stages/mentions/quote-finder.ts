import type { Quote } from "../../core/model.ts";
import { reportingVerbs } from "../reporting-verbs.ts";

const QUOTE_RE = /[“"]([^“”"]{12,})[”"]/g;
/** "..., X said" / "X said: ..." / "according to X": a speaker name or title near the quote. */
const SPEAKER_AFTER = new RegExp(String.raw`^[,.]?\s*(?:${reportingVerbs("quote-after")})\s+((?:[A-Z][\w.'’-]*\s?){1,4})`);
const SPEAKER_BEFORE = new RegExp(
  String.raw`((?:[A-Z][\w.'’-]*\s){1,4})(?:${reportingVerbs("quote-before")})(?: in a statement)?[,:]?\s*$`,
);
const VERB_FIRST_AFTER = new RegExp(String.raw`^[,.]?\s*((?:[A-Z][\w.'’-]*\s?){1,4})\s*(?:${reportingVerbs("quote-verb-first")})\b`);

/** Quotations (12+ characters inside quotation marks) with their speaker when the sentence names one. */
export function findQuotes(text: string, start: number, end: number): Quote[] {
  const quotes: Quote[] = [];
  const slice = text.slice(start, end);
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(slice); m; m = QUOTE_RE.exec(slice)) {
    const qs = start + m.index + 1;
    const qe = qs + m[1]!.length;
    const after = text.slice(qe + 1, Math.min(end, qe + 80));
    const before = text.slice(Math.max(start, qs - 100), qs - 1);
    const speaker = SPEAKER_AFTER.exec(after)?.[1] ?? VERB_FIRST_AFTER.exec(after)?.[1] ?? SPEAKER_BEFORE.exec(before)?.[1] ?? null;
    quotes.push({ span: { start: qs, end: qe }, text: text.slice(qs, qe), speaker: speaker ? speaker.trim().replace(/[,.]$/, "") : null });
  }
  return quotes;
}
