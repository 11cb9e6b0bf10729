/**
 * A first-level division's name without the kind of division the gazetteer's name ends with
 * ("Ondo State" → "Ondo", "Tillabéri Region" → "Tillabéri"), as ACLED's admin1 column names it,
 * and the key divisions are compared by: "Borno", "Borno State", "borno state" and "BORNO" are
 * one division, as are "Tillabéri Region" and "tillaberi". The words are in admin1-suffixes.tsv.
 * The stores keep each event's key in a column (the admin1 filter reads it), so a change to the
 * suffixes needs the keys written again.
 */

import { readTsv } from "./data-file.ts";

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
export function admin1WithoutKind(name: string): string {
  const { suffixes, keep } = load();
  const trimmed = name.trim();
  if (keep.has(trimmed.toLowerCase())) return trimmed;
  for (const suffix of suffixes) {
    const match = new RegExp(`^(.+?)\\s+${suffix}$`, "i").exec(trimmed);
    if (match) return match[1]!;
  }
  return trimmed;
}

/** Keys already computed: the world has a few thousand divisions, and every stored event asks for one. */
const keys = new Map<string, string>();
const MAX_KEYS = 20_000;

/**
 * The key a division is compared by: its name without its kind, accents, case, hyphens and
 * spacing aside. "Tillabéri Region" → "tillaberi"; "Khyber-Pakhtunkhwa" → "khyber pakhtunkhwa".
 */
export function admin1Key(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = computeKey(name);
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  const plain = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .replace(/[-_\s]+/g, " ")
    .trim();
  return admin1WithoutKind(plain).toLowerCase();
}
