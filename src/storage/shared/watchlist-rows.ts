/** Watchlists as both stores keep them: the filter as JSON text, the cursor a position in the changes feed. */

import type { Watchlist, WatchlistFilter } from "../store.ts";

export interface WatchlistRow {
  name: string;
  filter: string;
  webhook: string | null;
  cursor: number | string;
  created_at: string;
}

/** Null when the name is usable; otherwise what is wrong with it. Names are typed on command lines. */
export function checkWatchlistName(name: string): string | null {
  return /^[\w.-]{1,64}$/.test(name) ? null : `watchlist name "${name}" must be 1 to 64 letters, digits, dots, dashes or underscores`;
}

/** The filter as stored: only the fields a watchlist keeps, in a fixed order. */
export function filterJson(filter: WatchlistFilter): string {
  const kept: WatchlistFilter = {};
  for (const k of ["country", "type", "actor", "text"] as const) if (filter[k]) kept[k] = filter[k];
  if (filter.types) kept.types = [...filter.types];
  return JSON.stringify(kept);
}

export function toWatchlist(row: WatchlistRow): Watchlist {
  return {
    name: row.name,
    filter: JSON.parse(row.filter) as WatchlistFilter,
    webhook: row.webhook,
    cursor: Number(row.cursor),
    createdAt: row.created_at,
  };
}
