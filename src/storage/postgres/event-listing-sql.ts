/**
 * The SQL of an event listing on PostgreSQL. Every filter an index or a column comparison decides
 * exactly is here, with the bounding box and the page's key, so that a page is read in key order
 * from a listing index and stops after its last row. Keys compare with the "C" collation, byte
 * order, as SQLite and the API's cursors do (a locale's collation could order ids otherwise); the
 * listing indexes hold the same expressions (see the migrations), or PostgreSQL would not use them.
 */

import type { Bbox, EventFilter, EventKey } from "../store.ts";

/** An event's key in SQL: undated events read as "", so that they come first, as `EventKey` says. */
const KEY_DATE = `coalesce(date_start, '') COLLATE "C"`;
const KEY_ID = `id COLLATE "C"`;

/** What the store looked up before listing, to let indexes serve more of the filter. */
export interface ListingHints {
  /**
   * The earliest first day of an event still running on `filter.since`: no event the filter
   * keeps starts before it, so the index scan starts there rather than at the first event.
   */
  sinceFloor?: string;
  /** A tsquery for `filter.mentions` (event-search-text.ts): events must match it. */
  searchQuery?: string;
}

/** Adds a parameter of a type and answers its placeholder. */
export type AddParam = (value: unknown, type: "text" | "text[]" | "float8" | "int") => string;

/** The conditions of the filter (and hints) on the events table, their values added through `param`. */
export function listingConditions(filter: EventFilter, hints: ListingHints, param: AddParam): string[] {
  const where: string[] = [];
  if (filter.country) where.push(`country = ${param(filter.country.toUpperCase(), "text")}`);
  if (filter.type) where.push(`type = ${param(filter.type, "text")}`);
  if (filter.types) where.push(`type = ANY(${param([...filter.types], "text[]")})`);
  if (filter.minFatalities !== undefined) where.push(`fatalities >= ${param(filter.minFatalities, "int")}`);
  if (filter.admin1) where.push(`admin1_key = ANY(${param([...filter.admin1], "text[]")})`);
  if (filter.actorKinds) {
    const kinds = param([...filter.actorKinds], "text[]");
    where.push(`(actor1_kind = ANY(${kinds}) OR actor2_kind = ANY(${kinds}))`);
  }
  if (filter.minSources !== undefined) where.push(`sources >= ${param(filter.minSources, "int")}`);
  // Written out rather than a parameter, so that the planner sees that the partial index of reviewed events serves it.
  if (filter.reviewed !== undefined) where.push(filter.reviewed ? "status = 'reviewed'" : "status <> 'reviewed'");
  // An event spanning days counts by its last day for `since`, by its first for `until`; an undated one by neither.
  if (filter.since || filter.until) where.push("date_start IS NOT NULL");
  if (filter.since) where.push(`coalesce(date_end, date_start) COLLATE "C" >= ${param(filter.since, "text")}`);
  if (filter.since && hints.sinceFloor !== undefined) where.push(`${KEY_DATE} >= ${param(hints.sinceFloor, "text")}`);
  // On the key expression, so that it ends the index scan rather than filtering every row after it.
  if (filter.until) where.push(`${KEY_DATE} <= ${param(filter.until, "text")}`);
  if (filter.bbox) where.push(bboxCondition(filter.bbox, (v) => param(v, "float8")));
  if (hints.searchQuery !== undefined) where.push(`search @@ to_tsquery('simple', ${param(hints.searchQuery, "text")})`);
  return where;
}

/** The query and its parameters: the filter's events after `after`, in key order, at most `limit`. */
export function eventListingSql(
  filter: EventFilter,
  after: EventKey | undefined,
  limit: number | undefined,
  hints: ListingHints = {},
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown, type: "text" | "text[]" | "float8" | "int"): string => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const where = listingConditions(filter, hints, param);
  if (after) where.push(`(${KEY_DATE}, ${KEY_ID}) > (${param(after[0], "text")}, ${param(after[1], "text")})`);
  const sql = [
    "SELECT data FROM events",
    where.length > 0 ? `WHERE ${where.join(" AND ")}` : "",
    `ORDER BY ${KEY_DATE}, ${KEY_ID}`,
    limit !== undefined ? `LIMIT ${param(limit, "int")}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return { sql, params };
}

/** Events without coordinates (NULL) fail every comparison: they are never inside a box. */
function bboxCondition(box: Bbox, param: (value: number) => string): string {
  const lat = `lat BETWEEN ${param(box.minLat)} AND ${param(box.maxLat)}`;
  // West beyond east: the box crosses the antimeridian, and holds what lies east of west or west of east.
  const lon =
    box.minLon <= box.maxLon
      ? `lon BETWEEN ${param(box.minLon)} AND ${param(box.maxLon)}`
      : `(lon >= ${param(box.minLon)} OR lon <= ${param(box.maxLon)})`;
  return `${lat} AND ${lon}`;
}
