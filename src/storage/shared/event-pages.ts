/**
 * Reading a listing a page at a time. Adapters fetch rows in key order after a key, as many as
 * asked, with every filter SQL decides exactly; the few it cannot (substring and set tests) are
 * decided here, fetching further rows until the page is full, so pages never come back short.
 */

import type { StoredEvent } from "../../core/model.ts";
import type { EventKey, EventPageRequest } from "../store.ts";

/** The key of an event in every listing (see `EventKey`). */
export function eventKey(e: StoredEvent): EventKey {
  return [e.date ?? "", e.id];
}

/** Rows in key order after `after` (from the start when undefined), at most `limit` (all when undefined). */
export type FetchEvents = (after: EventKey | undefined, limit: number | undefined) => Promise<StoredEvent[]>;

/** Rows per fetch while a filter is applied here: a rarely matching one must not cost a query per event. */
const BATCH = 200;

/** The page `page` asks for, of the rows `fetch` gives that `keep` accepts (null: all of them). */
export async function collectEvents(
  fetch: FetchEvents,
  keep: ((e: StoredEvent) => boolean) | null,
  page: EventPageRequest = {},
): Promise<StoredEvent[]> {
  const { after } = page;
  const limit = page.limit === undefined ? undefined : Math.max(0, Math.floor(page.limit));
  if (limit === 0) return [];
  // SQL decided everything: its rows are the page, read from the index and no further.
  if (!keep) return fetch(after, limit);
  if (limit === undefined) return (await fetch(after, undefined)).filter(keep);
  const kept: StoredEvent[] = [];
  // The first fetch asks for the page alone: when the filter keeps nearly every row (an index has
  // already selected them), reading and parsing more would be wasted.
  let batch = limit;
  let from = after;
  for (;;) {
    const rows = await fetch(from, batch);
    for (const e of rows) {
      if (!keep(e)) continue;
      kept.push(e);
      if (kept.length === limit) return kept;
    }
    if (rows.length < batch) return kept;
    from = eventKey(rows[rows.length - 1]!);
    batch = Math.max(limit, BATCH);
  }
}
