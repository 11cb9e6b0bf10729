import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { EventType } from "../../core/event-types.ts";

/** What a trigger word says about the incident's type. */
export type TriggerType = EventType | "generic" | "strike";

export interface Cue<T> {
  re: RegExp;
  value: T;
}

function compile<T>(file: string, wrap = true): Cue<T>[] {
  return readTsv(lexiconUrl(file)).map(([pattern, value]) => ({
    re: new RegExp(wrap ? `(?<![\\p{L}-])(?:${pattern})(?![\\p{L}])` : pattern!, "giu"),
    value: value as T,
  }));
}

export const TRIGGERS = compile<TriggerType>("event-triggers.tsv");
export const WEAPONS = compile<EventType>("weapon-cues.tsv");
export const NON_EVENT = compile<string>("non-event-cues.tsv", false);

const ANY = new WeakMap<object, RegExp>();

/** Every match of every cue in `text.slice(start, end)`, in text order, longest first where they overlap. */
export function findCues<T>(
  cues: Cue<T>[],
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number; value: T; text: string }> {
  const slice = text.slice(start, end);
  const found: Array<{ start: number; end: number; value: T; text: string }> = [];
  // One pass of all the patterns at once tells most sentences apart that hold none of them.
  let any = ANY.get(cues);
  if (!any) {
    any = new RegExp(cues.map((c) => c.re.source).join("|"), "iu");
    ANY.set(cues, any);
  }
  if (!any.test(slice)) return found;
  for (const cue of cues) {
    cue.re.lastIndex = 0;
    for (let m = cue.re.exec(slice); m; m = cue.re.exec(slice)) {
      found.push({ start: start + m.index, end: start + m.index + m[0].length, value: cue.value, text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: typeof found = [];
  for (const f of found) if (!out.some((o) => o.start < f.end && f.start < o.end)) out.push(f);
  return out;
}
