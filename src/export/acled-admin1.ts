/**
 * A first-level division as ACLED's admin1 column names it: without the kind of division the
 * gazetteer's name ends with ("Ondo State" → "Ondo", "Tillabéri Region" → "Tillabéri").
 * The words are in admin1-suffixes.tsv.
 */

import { readTsv } from "../core/data-file.ts";

let rules: { suffixes: string[]; keep: Set<string> } | null = null;

function load(): { suffixes: string[]; keep: Set<string> } {
  if (rules) return rules;
  const rows = readTsv(new URL("admin1-suffixes.tsv", import.meta.url));
  rules = {
    suffixes: rows.filter((r) => r[0] === "suffix").map((r) => r[1]!),
    keep: new Set(rows.filter((r) => r[0] === "keep").map((r) => r[1]!.toLowerCase())),
  };
  return rules;
}

/** The division's name without a trailing "State", "Region", "Province" (and the like). */
export function acledAdmin1(name: string): string {
  const { suffixes, keep } = load();
  const trimmed = name.trim();
  if (keep.has(trimmed.toLowerCase())) return trimmed;
  for (const suffix of suffixes) {
    const match = new RegExp(`^(.+?)\\s+${suffix}$`, "i").exec(trimmed);
    if (match) return match[1]!;
  }
  return trimmed;
}
