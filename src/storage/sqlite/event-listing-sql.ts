/**
 * The SQL of an event listing on SQLite. Every filter an index or a column comparison decides
 * exactly is here, with the bounding box and the page's key, so that a page is read in key order
 * from a listing index and stops after its last row. The key expression is written exactly as the
 * listing indexes hold it (see the migrations), or SQLite would not use them.
 */

import type { Bbox, EventFilter, EventKey } from "../store.ts";
import { SEARCH_CONDITION, SEARCH_WALK_CONDITION, dayDate, searchKeyRange } from "./event-search-index.ts";

/** What the store looked up before listing, to let indexes serve more of the filter. */
export interface ListingHints {
  /**
   * The earliest first day of an event still running on `filter.since`: no event the filter
   * keeps starts before it, so the index scan starts there rather than at the first event.
   */
  sinceFloor?: string;
  /**
   * An FTS5 query for `filter.mentions` (event-search-text.ts) and the days whose matches to read
   * (event-search-index.ts): events must match it and fall on those days. `walk`: read the days'
   * events in key order and keep those among the matches, stopping once the page is full, rather
   * than look up every match and sort them (see free-text-search.ts for which costs less).
   */
  search?: { query: string; fromDay: number; toDay: number; walk?: boolean };
}

/** An event's key in SQL: undated events read as "", so that they come first, as `EventKey` says. */
const KEY_DATE = "coalesce(date_start, '')";

/** Events without coordinates (NULL) fail every comparison: they are never inside a box. */
function bboxCondition(box: Bbox): string {
  // West beyond east: the box crosses the antimeridian, and holds what lies east of west or west of east.
  const lon = box.minLon <= box.maxLon ? "lon BETWEEN @west AND @east" : "(lon >= @west OR lon <= @east)";
  return `lat BETWEEN @south AND @north AND ${lon}`;
}

/** The conditions of the filter (and hints) on the events table, with their named parameters. */
export function listingConditions(
  filter: EventFilter,
  hints: ListingHints = {},
): { where: string[]; params: Record<string, string | number> } {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.country) {
    where.push("country = @country");
    params["country"] = filter.country.toUpperCase();
  }
  if (filter.type) {
    where.push("type = @type");
    params["type"] = filter.type;
  }
  if (filter.types) {
    where.push(`type IN (${filter.types.map((_, i) => `@type${i}`).join(", ") || "NULL"})`);
    filter.types.forEach((t, i) => (params[`type${i}`] = t));
  }
  if (filter.minFatalities !== undefined) {
    where.push("fatalities >= @minFatalities");
    params["minFatalities"] = filter.minFatalities;
  }
  if (filter.admin1) {
    where.push(`admin1_key IN (${filter.admin1.map((_, i) => `@admin1${i}`).join(", ") || "NULL"})`);
    filter.admin1.forEach((a, i) => (params[`admin1${i}`] = a));
  }
  if (filter.actorKinds) {
    const kinds = filter.actorKinds.map((_, i) => `@kind${i}`).join(", ") || "NULL";
    where.push(`(actor1_kind IN (${kinds}) OR actor2_kind IN (${kinds}))`);
    filter.actorKinds.forEach((k, i) => (params[`kind${i}`] = k));
  }
  if (filter.minSources !== undefined) {
    where.push("sources >= @minSources");
    params["minSources"] = filter.minSources;
  }
  // Written out rather than a parameter, so that SQLite sees that the partial index of reviewed events serves it.
  if (filter.reviewed !== undefined) where.push(filter.reviewed ? "status = 'reviewed'" : "status <> 'reviewed'");
  // An event spanning days counts by its last day for `since`, by its first for `until`; an undated one by neither.
  if (filter.since || filter.until) where.push("date_start IS NOT NULL");
  if (filter.since) {
    where.push("coalesce(date_end, date_start) >= @since");
    params["since"] = filter.since;
    if (hints.sinceFloor !== undefined) {
      where.push(`${KEY_DATE} >= @sinceFloor`);
      params["sinceFloor"] = hints.sinceFloor;
    }
  }
  if (filter.until) {
    // On the key expression, so that it ends the index scan rather than filtering every row after it.
    where.push(`${KEY_DATE} <= @until`);
    params["until"] = filter.until;
  }
  if (filter.bbox) {
    where.push(bboxCondition(filter.bbox));
    const { minLon, minLat, maxLon, maxLat } = filter.bbox;
    Object.assign(params, { west: minLon, south: minLat, east: maxLon, north: maxLat });
  }
  if (hints.search !== undefined) {
    where.push(hints.search.walk ? SEARCH_WALK_CONDITION : SEARCH_CONDITION);
    params["searchQuery"] = hints.search.query;
    const { fromDay, toDay } = hints.search;
    Object.assign(params, searchKeyRange(fromDay, toDay));
    // The window's dates on the key too, so that whichever index SQLite reads, it reads those days only.
    where.push(`${KEY_DATE} >= @windowFrom`);
    params["windowFrom"] = dayDate(fromDay);
    if (Number.isFinite(toDay)) {
      where.push(`${KEY_DATE} < @windowEnd`);
      params["windowEnd"] = dayDate(toDay + 1);
    }
  }
  return { where, params };
}

/** The query and its named parameters: the filter's events after `after`, in key order, at most `limit`. */
export function eventListingSql(
  filter: EventFilter,
  after: EventKey | undefined,
  limit: number | undefined,
  hints: ListingHints = {},
): { sql: string; params: Record<string, string | number> } {
  const { where, params } = listingConditions(filter, hints);
  if (after) {
    // Later date, or same date and later id (binary strings, as keys compare). Spelled with the date
    // bound alone first, because SQLite starts an index scan there but not at a row-value bound.
    where.push(`${KEY_DATE} >= @afterDate AND (${KEY_DATE} > @afterDate OR id > @afterId)`);
    params["afterDate"] = after[0];
    params["afterId"] = after[1];
  }
  if (limit !== undefined) params["limit"] = limit;
  const select = (what: string) =>
    [
      `SELECT ${what} FROM events`,
      where.length > 0 ? `WHERE ${where.join(" AND ")}` : "",
      `ORDER BY ${KEY_DATE}, id`,
      limit !== undefined ? "LIMIT @limit" : "",
    ]
      .filter(Boolean)
      .join(" ");
  // A search's matches come unordered from the word index and are sorted: sort their keys alone,
  // then read the page's rows, rather than carry every match's whole row through the sort.
  if (hints.search && !hints.search.walk)
    return { sql: `SELECT data FROM events WHERE rowid IN (${select("rowid")}) ORDER BY ${KEY_DATE}, id`, params };
  return { sql: select("data"), params };
}
