/**
 * What the API's `q` searches in an event: its place name, its actors' names and what its
 * sources said of it (the evidence sentences), each distinct sentence once. Both stores index
 * this text by words (SQLite FTS5, PostgreSQL tsvector) so that a search reads the few matching
 * events instead of testing every event; the substring test after it (unindexed-filters.ts) keeps
 * the result exact. A search therefore finds text that starts at the beginning of a word.
 */

import type { StoredEvent } from "../../core/model.ts";

/** The event's searchable texts, one per line. */
export function eventSearchText(e: StoredEvent): string {
  const texts = new Set<string>();
  for (const t of [e.location?.name, e.actor1, e.actor2]) if (t) texts.add(t);
  for (const s of e.sources) for (const ev of s.evidence) texts.add(ev.text);
  return [...texts].join("\n");
}

/** The words of a search, lowercased: runs of letters and digits, as both stores' word indexes cut them. */
export function searchWords(needle: string): string[] {
  return needle.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * An FTS5 query for the events that may hold `needle`; null when it has no word to look up, so
 * that every event is tested instead. The text itself is tested after it (unindexed-filters.ts),
 * so the query need only find a superset, as cheaply as it can: it looks up one word, the longest
 * (the rarest, as a rule, and a common one costs a reading of every event it is in). A word before
 * the last must be whole where the needle occurs; the last may be the start of a longer one (a user
 * typing "Kharki" or "roadside bomb" expects "Kharkiv" and "roadside bombing"), so it is looked up
 * as a prefix, which reads every word it begins.
 */
export function ftsQuery(needle: string): string | null {
  const term = searchTerm(needle);
  return term === null ? null : `"${term.word}"${term.prefix ? "*" : ""}`;
}

/** The word ftsQuery looks up, and whether as the start of longer words (the last word typed); null when none. */
export function searchTerm(needle: string): { word: string; prefix: boolean } | null {
  const words = searchWords(needle);
  if (words.length === 0) return null;
  let longest = words.length - 1;
  words.forEach((w, i) => {
    if (w.length > words[longest]!.length) longest = i;
  });
  return { word: words[longest]!, prefix: longest === words.length - 1 };
}

/** The same as a PostgreSQL tsquery (words are letters and digits only, so nothing needs quoting). */
export function tsqueryOf(needle: string): string | null {
  const words = searchWords(needle);
  return words.length === 0 ? null : words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(" & ");
}
