import type { Sentence } from "../../core/document.ts";

/** Words that open a new clause: where one trigger's stretch of the sentence ends and the next one's begins. */
const CLAUSE_MARK =
  /,(?!\s*\d{4}\b)|[;:(]|\s(?:after|following|before|when|while|as|amid|in response to|in retaliation for|which|who|that|during|since|and)\s/g;

/**
 * Cuts a sentence into one stretch per trigger: between two triggers, at the last clause mark
 * before the second one, else right before it.
 */
export function clauseBounds(
  text: string,
  triggers: Array<{ start: number; end: number }>,
  start: number,
  end: number,
  times: ReadonlyArray<{ span: { start: number; end: number } }> = [],
): number[] {
  const bounds = [start];
  for (let i = 0; i + 1 < triggers.length; i++) {
    const gapStart = triggers[i]!.end;
    const gapEnd = triggers[i + 1]!.start;
    const gap = text.slice(gapStart, gapEnd);
    let cut = gapEnd;
    CLAUSE_MARK.lastIndex = 0;
    for (let m = CLAUSE_MARK.exec(gap); m; m = CLAUSE_MARK.exec(gap)) cut = gapStart + m.index;
    // "the Sunday June 5, 2022 massacre": a date written right before a trigger is that trigger's.
    const attributive = times.find(
      (x) =>
        x.span.start >= gapStart &&
        x.span.end <= gapEnd &&
        /^\s{1,2}$/.test(text.slice(x.span.end, gapEnd)) &&
        (/\b(?:the|a|an|this|that|last)\s+$/i.test(text.slice(Math.max(gapStart, x.span.start - 6), x.span.start)) ||
          /['’]s$/.test(text.slice(x.span.start, x.span.end))),
    );
    if (attributive) cut = Math.min(cut, attributive.span.start);
    bounds.push(Math.max(cut, gapStart));
  }
  bounds.push(end);
  return bounds;
}

/** Where one clause ends and the next begins: punctuation, and conjunctions that open a clause of their own. */
const CLAUSE_EDGE = /[,;:]|\s(?:as|while|but|although|whereas|amid|because)\s/g;

/** The clause of a sentence around a position, with the conjunction that opens it. */
export function clauseAround(text: string, sentence: Sentence, at: number): { start: number; end: number } {
  let start = sentence.span.start;
  let end = sentence.span.end;
  CLAUSE_EDGE.lastIndex = 0;
  for (let m = CLAUSE_EDGE.exec(sentence.text); m; m = CLAUSE_EDGE.exec(sentence.text)) {
    const pos = sentence.span.start + m.index;
    // A clause keeps the word that opens it ("amid an offensive…"): that word can be the cue.
    if (pos < at) start = pos + (/^[,;:]/.test(m[0]) ? m[0].length : 1);
    else if (pos >= at) {
      end = pos;
      break;
    }
  }
  return { start, end };
}
