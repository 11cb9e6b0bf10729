import type { findCues } from "./cue-lexicons.ts";
import { type TriggerType } from "./cue-lexicons.ts";

// Patterns with the unicode flag are built once here: written inside a function, the compiled
// form builds a new RegExp at every call.
/** Nothing, or one word, between two triggers. */
const NEXT_WORD_GAP = /^\s+(?:\p{L}+\s+)?$/u;

type Found = ReturnType<typeof findCues<TriggerType>>[number];

/** How telling a trigger's type is: a weapon or act beats "strike", which beats a bare "attack". */
function specificity(t: TriggerType): number {
  return t === "generic" ? 0 : t === "strike" || t === "bombing" ? 1 : 2;
}

/** "a car bomb exploded", "the drone strike hit": triggers side by side name one act. */
export function joinAdjacent(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && NEXT_WORD_GAP.test(text.slice(last.end, f.start)) && f.start - last.end <= 12) {
      // "an unexploded mine was detonated safely": a weapon made safe names what happened to it.
      const safe = [f.value, last.value].find((v) => v === "disrupted_weapons_use");
      const value = safe ?? (specificity(f.value) > specificity(last.value) ? f.value : last.value);
      out[out.length - 1] = { start: last.start, end: f.end, value, text: text.slice(last.start, f.end) };
    } else out.push(f);
  }
  return out;
}
