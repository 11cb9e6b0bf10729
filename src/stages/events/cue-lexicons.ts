import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { EventType } from "../../core/event-types.ts";
import { matchStartFilter, type MatchStartFilter } from "../match-start-filter.ts";
import { patternStarts, type PatternStarts } from "../pattern-starts.ts";

/** What a trigger word says about the incident's type. */
export type TriggerType = EventType | "generic" | "strike" | "territory" | "bombing";

export interface Cue<T> {
  re: RegExp;
  value: T;
  /** The pattern as the lexicon writes it, without the word-edge checks. */
  raw: string;
  /** Whether the pattern must start and end at word edges. */
  whole: boolean;
}

/**
 * A letter for the word-edge checks. The lexicons are English and plain ASCII: without the
 * unicode flag a pattern runs several times faster, so letters are spelt out as Latin ranges
 * (with their accented forms) instead of \p{L}.
 */
const LETTER = "A-Za-z\\u00C0-\\u024F";

/** Whether a pattern needs the unicode flag (property escapes, or characters beyond ASCII). */
export function needsUnicode(pattern: string): boolean {
  return /\\p\{|\\u\{/.test(pattern) || [...pattern].some((ch) => ch.charCodeAt(0) > 0x7f);
}

function edged(pattern: string): string {
  return `(?<![${LETTER}-])(?:${pattern})(?![${LETTER}])`;
}

function compile<T>(file: string, wrap = true): Cue<T>[] {
  return readTsv(lexiconUrl(file)).map(([pattern, value]) => ({
    re: new RegExp(wrap ? edged(pattern!) : pattern!, needsUnicode(pattern!) ? "giu" : "gi"),
    value: value as T,
    raw: pattern!,
    whole: wrap,
  }));
}

export const TRIGGERS = compile<TriggerType>("event-triggers.tsv");
export const WEAPONS = compile<EventType>("weapon-cues.tsv");
export const NON_EVENT = compile<string>("non-event-cues.tsv", false);
export const DEMONSTRATION_OUTCOMES = compile<DemonstrationOutcome>("demonstration-outcomes.tsv");
export const CROWD_SUBJECTS = compile<string>("crowd-subjects.tsv");

/** What happened at a demonstration: its demonstrators' violence, lethal force on it, or an attempt to stop it. */
export type DemonstrationOutcome = "violent" | "excessive_force" | "intervention";

/**
 * Per cue list: all patterns joined (to find where any starts; `at` reads it at one place), each
 * pattern anchored (to read it there), and where any or each can start at all.
 */
interface CompiledCues {
  any: RegExp;
  at: RegExp;
  sticky: RegExp[];
  starts: MatchStartFilter | null;
  startsEach: Array<MatchStartFilter | null>;
  /** Every cue must start at a word edge: no letter or hyphen right before it. */
  whole: boolean;
  /**
   * Which cues can start where, for a joined pattern as long as the event triggers'. A place where
   * some cue matches is a place where the joined pattern does, which then need not run at all;
   * unless a cue is read with other flags than the joined pattern (case folding differs with the
   * unicode flag), when the joined pattern confirms each place found.
   */
  each: { starts: PatternStarts; out: Int32Array; confirm: boolean } | null;
}
const COMPILED = new WeakMap<object, CompiledCues>();
/**
 * A joined pattern this long (the event triggers') costs the engine more at every place of a
 * sentence than a look at the start filter does; shorter ones are scanned faster by the engine alone.
 */
const FILTERED_LENGTH = 4000;

function compiled<T>(cues: Cue<T>[]): CompiledCues {
  let c = COMPILED.get(cues);
  if (!c) {
    // The word-edge checks are made once for the joined pattern, not once per alternative.
    const whole = cues.every((x) => x.whole);
    const joined = whole ? edged(cues.map((x) => x.raw).join("|")) : cues.map((x) => x.re.source).join("|");
    const unicode = needsUnicode(joined) ? "u" : "";
    const sources = cues.map((x) => (whole ? x.raw : x.re.source));
    const sameFlags = cues.every((x) => x.re.unicode === (unicode === "u"));
    const starts = joined.length >= FILTERED_LENGTH ? patternStarts(sources, needsUnicode) : null;
    c = {
      any: new RegExp(joined, `gi${unicode}`),
      at: new RegExp(joined, `yi${unicode}`),
      sticky: cues.map((x) => new RegExp(x.re.source, `i${x.re.unicode ? "u" : ""}y`)),
      starts: joined.length >= FILTERED_LENGTH ? matchStartFilter(sources, needsUnicode) : null,
      startsEach: sources.map((source) => (joined.length >= FILTERED_LENGTH && !starts ? matchStartFilter([source], needsUnicode) : null)),
      whole,
      each: starts && { starts, out: new Int32Array(cues.length), confirm: !sameFlags },
    };
    COMPILED.set(cues, c);
  }
  return c;
}

/** A letter or hyphen: what may not stand right before a whole-word cue (as `edged` says). */
function edgeBlocks(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f) || code === 45;
}

/**
 * Where the next cue starts at or after `from`, as the joined pattern finds it: the pattern is run
 * only at the places where the start filter lets a cue begin.
 */
function nextCueStart(c: CompiledCues, slice: string, from: number): number {
  if (c.starts === null) {
    c.any.lastIndex = from;
    return c.any.exec(slice)?.index ?? -1;
  }
  const { firstCharacters } = c.starts;
  for (let p = from; p < slice.length; p++) {
    const code = slice.charCodeAt(p);
    if (code < 128 && firstCharacters[code] === 0) continue;
    if (c.whole && p > 0 && edgeBlocks(slice.charCodeAt(p - 1))) continue;
    if (!c.starts.mayStart(slice, p)) continue;
    c.at.lastIndex = p;
    if (c.at.test(slice)) return p;
  }
  return -1;
}

/**
 * Every match of every cue in `text.slice(start, end)`, in text order, the longest where several
 * start at one place, none overlapping. One pass of the joined patterns finds where the next cue
 * starts; only there is each cue tried, so a sentence is scanned once, not once per cue.
 */
export function findCues<T>(
  cues: Cue<T>[],
  text: string,
  start: number,
  end: number,
): Array<{ start: number; end: number; value: T; text: string }> {
  const slice = text.slice(start, end);
  const found: Array<{ start: number; end: number; value: T; text: string }> = [];
  const c = compiled(cues);
  if (c.each) return findEachCue(cues, c, c.each, slice, start, found);
  const { sticky, startsEach } = c;
  let pos = 0;
  while (pos <= slice.length) {
    const at = nextCueStart(c, slice, pos);
    if (at < 0) break;
    // The longest cue starting here, the first listed among equals; a plain loop, as this runs
    // for every cue at every place any cue starts.
    let bestLen = 0;
    let bestIndex = -1;
    let bestText = "";
    const first = slice.charCodeAt(at);
    for (let i = 0; i < sticky.length; i++) {
      const filter = startsEach[i];
      if (filter != null && (first < 128 ? filter.firstCharacters[first] === 0 : false)) continue;
      if (filter != null && !filter.mayStart(slice, at)) continue;
      const re = sticky[i]!;
      re.lastIndex = at;
      const x = re.exec(slice);
      if (x && (bestIndex < 0 || x[0].length > bestLen)) {
        bestLen = x[0].length;
        bestIndex = i;
        bestText = x[0];
      }
    }
    if (bestIndex < 0 || bestLen === 0) {
      pos = at + 1;
      continue;
    }
    found.push({ start: start + at, end: start + at + bestLen, value: cues[bestIndex]!.value, text: bestText });
    pos = at + bestLen;
  }
  return found;
}

/**
 * `findCues` by the trie of each cue's beginnings: at each place only the cues that can start
 * there run, and the first cue listed among the longest matches wins, as above.
 */
function findEachCue<T>(
  cues: Cue<T>[],
  c: CompiledCues,
  each: { starts: PatternStarts; out: Int32Array; confirm: boolean },
  slice: string,
  start: number,
  found: Array<{ start: number; end: number; value: T; text: string }>,
): Array<{ start: number; end: number; value: T; text: string }> {
  const { starts, out } = each;
  const { firstCharacters } = starts;
  const { sticky } = c;
  let at = 0;
  while (at < slice.length) {
    const code = slice.charCodeAt(at);
    if ((code < 128 && firstCharacters[code] === 0) || (c.whole && at > 0 && edgeBlocks(slice.charCodeAt(at - 1)))) {
      at++;
      continue;
    }
    const count = starts.candidates(slice, at, out);
    let bestLen = 0;
    let bestIndex = -1;
    let bestText = "";
    for (let k = 0; k < count; k++) {
      const i = out[k]!;
      const re = sticky[i]!;
      re.lastIndex = at;
      const x = re.exec(slice);
      if (x && (bestIndex < 0 || x[0].length > bestLen)) {
        bestLen = x[0].length;
        bestIndex = i;
        bestText = x[0];
      }
    }
    if (bestIndex >= 0 && each.confirm) {
      c.at.lastIndex = at;
      if (!c.at.test(slice)) bestIndex = -1;
    }
    if (bestIndex < 0 || bestLen === 0) {
      at++;
      continue;
    }
    found.push({ start: start + at, end: start + at + bestLen, value: cues[bestIndex]!.value, text: bestText });
    at += bestLen;
  }
  return found;
}
