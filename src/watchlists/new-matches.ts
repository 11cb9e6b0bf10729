/**
 * What a watchlist has not reported yet: the events created or revised in the changes feed since
 * its cursor that pass its filter, each once, as they stand now. Reading the store's changes feed
 * (rather than remembering events in memory) is what keeps a restarted `sitrep watch` from
 * reporting them again: the cursor is stored with the watchlist.
 */

import type { StoredEvent } from "../core/model.ts";
import type { EventFilter, Store, Watchlist } from "../storage/store.ts";

export interface WatchlistMatch {
  event: StoredEvent;
  /** "created": new to the store since the last report; "revised": known before, changed since (a new source, say). */
  change: "created" | "revised";
}

/** Changes read from the feed at a time. */
const PAGE = 1000;

/**
 * The days the events span, as the listing's `since` and `until` read them (an event passes
 * `since` by its last day, `until` by its first); null when one of them is undated.
 */
function daysSpanned(events: StoredEvent[]): Pick<EventFilter, "since" | "until"> | null {
  if (events.some((e) => e.date === null)) return null;
  const firsts = events.map((e) => e.date!).sort();
  const lasts = events.map((e) => e.date_end ?? e.date!).sort();
  return { since: lasts[0]!, until: firsts[firsts.length - 1]! };
}

/** The new matches of the watchlist, oldest change first, and the cursor to store once they are reported. */
export async function newMatches(store: Store, watchlist: Watchlist): Promise<{ matches: WatchlistMatch[]; cursor: number }> {
  // Each event changed since the cursor, with whether it was created in that time. An event that
  // gained another's reports has a change of its own, so ids merged away can be passed over.
  const changed = new Map<string, boolean>();
  let cursor = watchlist.cursor;
  for (;;) {
    const { changes, next } = await store.listChanges(cursor, PAGE);
    for (const c of changes) {
      if (c.kind === "created" || c.kind === "revised") changed.set(c.event, (changed.get(c.event) ?? false) || c.kind === "created");
    }
    cursor = next;
    if (changes.length < PAGE) break;
  }
  if (changed.size === 0) return { matches: [], cursor };

  const events = new Map((await store.getEvents([...changed.keys()])).map((e) => [e.id, e]));
  let passing: Set<string> | null = null;
  if (Object.values(watchlist.filter).some((v) => v)) {
    // The filter means what it means to `sitrep events`: the store's own listing decides it, asked
    // only over the days the changed events span, so that a poll costs what changed, not the store's size.
    const days = daysSpanned([...events.values()]);
    passing = new Set((await store.listEvents({ ...watchlist.filter, ...days })).map((e) => e.id));
  }
  const matches: WatchlistMatch[] = [];
  for (const [id, created] of changed) {
    const event = events.get(id); // absent: merged into another, or withdrawn, since
    if (event && (passing === null || passing.has(id))) matches.push({ event, change: created ? "created" : "revised" });
  }
  return { matches, cursor };
}
