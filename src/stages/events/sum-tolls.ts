import { lexiconUrl, readTsv } from "../../core/data-file.ts";
import type { Range } from "../../core/model.ts";

/** The sides a toll can count (toll-sides.tsv), each with the words that name it. */
const SIDES = readTsv(lexiconUrl("toll-sides.tsv")).map(([pattern, side]) => ({
  re: new RegExp(`\\b(?:${pattern})\\b`, "i"),
  side: side!,
}));

/** The side the counted words name, or null for people of no stated side ("people", "others"). */
export function tollSide(who: string): string | null {
  for (const s of SIDES) if (s.re.test(who)) return s.side;
  return null;
}

/** The largest figure among several, open-ended when that figure is. */
export function largestFigure(ranges: Range[]): Range {
  const min = Math.max(...ranges.map((r) => r.min ?? 0));
  const top = ranges.filter((r) => (r.min ?? 0) === min);
  return { min, max: top.some((r) => r.max === null) ? null : Math.max(...top.map((r) => r.max ?? min)) };
}

/**
 * An incident's toll from the figures one article gives: figures for the same side are counts of
 * one thing (an early figure and a later one), so the largest stands; figures for different sides
 * ("four soldiers", "12 of the attackers") add up; a figure for people of no stated side ("12
 * people, including four soldiers") stands unless the sides' sum is larger.
 */
export function sumTolls(tolls: Array<{ who: string; range: Range; vague?: boolean }>): Range {
  // "At least 10 soldiers died … several attackers were killed": a side counted only by a vague
  // word, beside sides counted by number, leaves the upper end open but adds nothing certain to the
  // lower (the most conservative figure is the one the numbers give).
  const counted = tolls.some((t) => !t.vague);
  const open = counted && tolls.some((t) => t.vague);
  const result = sumCounted(tolls.filter((t) => !(open && t.vague)));
  return open ? { min: result.min, max: null } : result;
}

function sumCounted(tolls: Array<{ who: string; range: Range }>): Range {
  const bySide = new Map<string, Range[]>();
  const unsided: Range[] = [];
  for (const t of tolls) {
    const side = tollSide(t.who);
    if (side === null) unsided.push(t.range);
    else bySide.set(side, [...(bySide.get(side) ?? []), t.range]);
  }
  const sides = [...bySide.values()].map(largestFigure);
  const sum: Range | null = sides.length
    ? {
        min: sides.reduce((a, r) => a + (r.min ?? 0), 0),
        max: sides.some((r) => r.max === null) ? null : sides.reduce((a, r) => a + (r.max ?? 0), 0),
      }
    : null;
  if (!unsided.length) return sum!;
  const whole = largestFigure(unsided);
  if (!sum) return whole;
  return (sum.min ?? 0) > (whole.min ?? 0) ? sum : whole;
}
