import type { StoredEvent } from "../core/model.ts";
import type { WatchlistMatch } from "./new-matches.ts";

/** Deaths as a reader writes them: "4", "3-5", "10+" (no upper bound stated), "unknown". */
export function formatDeaths(e: StoredEvent): string {
  const f = e.fatalities;
  if (!f) return "unknown";
  if (f.max === null) return `${f.min ?? 0}+`;
  return f.min === f.max ? String(f.max) : `${f.min ?? 0}-${f.max}`;
}

/**
 * One line per match, the same fields in the same order every time so that it reads and greps
 * alike: `watchlist NAME: new event ID | TYPE | DATE | PLACE | deaths N`.
 */
export function formatMatch(watchlist: string, match: WatchlistMatch): string {
  const e = match.event;
  const place = e.location ? [e.location.name, e.location.country].filter(Boolean).join(", ") : "place unknown";
  const date = e.date ?? "date unknown";
  return `watchlist ${watchlist}: ${match.change === "created" ? "new" : "revised"} event ${e.id} | ${e.type} | ${date} | ${place} | deaths ${formatDeaths(e)}`;
}
