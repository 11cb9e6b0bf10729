/**
 * The SQL of an event summary on SQLite: counts per period and per map cell, grouped by SQL over
 * the same conditions as a listing (event-listing-sql.ts), so that no event's row leaves the
 * database. Periods and cells are computed as `shared/event-summary.ts` computes them.
 */

import type { EventFilter, SummaryPeriod } from "../store.ts";
import { listingConditions, type ListingHints } from "./event-listing-sql.ts";

/** The first day of an event's period, from its first day (YYYY-MM-DD). */
const PERIOD_START: Record<SummaryPeriod, string> = {
  day: "substr(date_start, 1, 10)",
  // Back six days, then forward to a Monday: the Monday on or before the day.
  week: "date(substr(date_start, 1, 10), '-6 days', 'weekday 1')",
  month: "substr(date_start, 1, 7) || '-01'",
  year: "substr(date_start, 1, 4) || '-01-01'",
};

type Sql = { sql: string; params: Record<string, string | number> };

function withConditions(
  filter: EventFilter,
  hints: ListingHints,
  extra: string[],
): { where: string; params: Record<string, string | number> } {
  const { where, params } = listingConditions(filter, hints);
  const all = [...where, ...extra];
  return { where: all.length > 0 ? `WHERE ${all.join(" AND ")}` : "", params };
}

/** Totals: events, undated ones, located ones. */
export function summaryTotalsSql(filter: EventFilter, hints: ListingHints): Sql {
  const { where, params } = withConditions(filter, hints, []);
  return {
    sql: `SELECT count(*) AS total, count(*) - count(date_start) AS undated, count(lat) AS located FROM events ${where}`,
    params,
  };
}

/** Dated events per period, in order. */
export function summaryPeriodsSql(filter: EventFilter, hints: ListingHints, period: SummaryPeriod): Sql {
  const { where, params } = withConditions(filter, hints, ["date_start IS NOT NULL"]);
  return { sql: `SELECT ${PERIOD_START[period]} AS start, count(*) AS count FROM events ${where} GROUP BY 1 ORDER BY 1`, params };
}

/** Located events per cell: count and mean position. Latitude and longitude plus 90 and 180 are never negative, so truncation floors. */
export function summaryCellsSql(filter: EventFilter, hints: ListingHints, cellDegrees: number): Sql {
  const { where, params } = withConditions(filter, hints, ["lat IS NOT NULL", "lon IS NOT NULL"]);
  return {
    sql:
      `SELECT avg(lat) AS lat, avg(lon) AS lon, count(*) AS count FROM events ${where} ` +
      "GROUP BY CAST((lat + 90) / @cell AS INTEGER), CAST((lon + 180) / @cell AS INTEGER)",
    params: { ...params, cell: cellDegrees },
  };
}

/** Events per country, by code. */
export function summaryCountriesSql(filter: EventFilter, hints: ListingHints): Sql {
  const { where, params } = withConditions(filter, hints, ["country IS NOT NULL"]);
  return { sql: `SELECT country, count(*) AS count FROM events ${where} GROUP BY country ORDER BY country`, params };
}
