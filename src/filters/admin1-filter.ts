/**
 * The first-level divisions a user names in a filter (`--admin1`, `admin1=`), read as the keys
 * the stores keep for each event's division (core/admin1-name.ts): "Borno", "Borno State",
 * "borno state" and "BORNO" are one division, as are "Tillabéri Region" and "tillaberi".
 */

import { admin1Key } from "../core/admin1-name.ts";

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
