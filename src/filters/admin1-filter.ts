/**
 * The first-level divisions a user names in a filter (`--admin1`, `admin1=`): "Borno", "Borno
 * State", "borno state" and "BORNO" are one division, as are "Tillabéri Region" and "tillaberi".
 * Names compare by a key: the kind of division a name ends with dropped (admin1-suffixes.tsv, as
 * ACLED's admin1 column drops it), accents, case, hyphens and spacing aside. The stores keep each
 * event's key in a column, so a change to the suffixes needs the keys written again.
 */

import { acledAdmin1 } from "../export/acled-admin1.ts";

/** Keys already computed: the world has a few thousand divisions, and every stored event asks for one. */
const keys = new Map<string, string>();
const MAX_KEYS = 20_000;

/** "Tillabéri Region" → "tillaberi"; "Khyber-Pakhtunkhwa" → "khyber pakhtunkhwa". */
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
  return acledAdmin1(plain).toLowerCase();
}

/** The keys of the divisions `text` names, several separated by commas; null when it names none. */
export function resolveAdmin1s(text: string): string[] | null {
  const keys = text
    .split(",")
    .map((p) => admin1Key(p))
    .filter(Boolean);
  return keys.length > 0 ? [...new Set(keys)] : null;
}

/** What an admin1 filter accepts. */
export function admin1FilterHelp(): string {
  return 'a first-level division by name, with or without its kind ("Borno" or "Borno State", "Donetsk Oblast"), in any case, accents optional; several separated by commas';
}
