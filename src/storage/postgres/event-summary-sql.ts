/**
 * The SQL of an event summary on PostgreSQL: counts per period and per map cell, grouped by SQL
 * over the same conditions as a listing (event-listing-sql.ts), so that no event's row leaves the
 * database. Periods and cells are computed as `shared/event-summary.ts` computes them.
 */

import type { EventFilter, SummaryPeriod } from "../store.ts";
import { listingConditions, type AddParam, type ListingHints } from "./event-listing-sql.ts";

/** The first day of an event's period, from its first day (YYYY-MM-DD). */
const PERIOD_START: Record<SummaryPeriod, string> = {
  day: "substr(date_start, 1, 10)",
  // date_trunc's weeks start on Monday, as ISO's do.
  week: "to_char(date_trunc('week', substr(date_start, 1, 10)::date), 'YYYY-MM-DD')",
  month: "substr(date_start, 1, 7) || '-01'",
  year: "substr(date_start, 1, 4) || '-01-01'",
};

type Sql = { sql: string; params: unknown[] };

function query(filter: EventFilter, hints: ListingHints, extra: string[], build: (where: string, param: AddParam) => string): Sql {
  const params: unknown[] = [];
  const param: AddParam = (value, type) => {
    params.push(value);
    return `$${params.length}::${type}`;
  };
  const all = [...listingConditions(filter, hints, param), ...extra];
  return { sql: build(all.length > 0 ? `WHERE ${all.join(" AND ")}` : "", param), params };
}

/** Totals: events, undated ones, located ones. */
export function summaryTotalsSql(filter: EventFilter, hints: ListingHints): Sql {
  return query(
    filter,
    hints,
    [],
    (where) =>
      `SELECT count(*)::int AS total, (count(*) - count(date_start))::int AS undated, count(lat)::int AS located FROM events ${where}`,
  );
}

/** Dated events per period, in order. */
export function summaryPeriodsSql(filter: EventFilter, hints: ListingHints, period: SummaryPeriod): Sql {
  return query(
    filter,
    hints,
    ["date_start IS NOT NULL"],
    (where) => `SELECT ${PERIOD_START[period]} AS start, count(*)::int AS count FROM events ${where} GROUP BY 1 ORDER BY 1`,
  );
}

/** Located events per cell: count and mean position. */
export function summaryCellsSql(filter: EventFilter, hints: ListingHints, cellDegrees: number): Sql {
  return query(filter, hints, ["lat IS NOT NULL", "lon IS NOT NULL"], (where, param) => {
    const cell = param(cellDegrees, "float8");
    return (
      `SELECT avg(lat) AS lat, avg(lon) AS lon, count(*)::int AS count FROM events ${where} ` +
      `GROUP BY floor((lat + 90) / ${cell}), floor((lon + 180) / ${cell})`
    );
  });
}

/** Events per country, by code (compared as bytes, as everywhere). */
export function summaryCountriesSql(filter: EventFilter, hints: ListingHints): Sql {
  return query(
    filter,
    hints,
    ["country IS NOT NULL"],
    (where) => `SELECT country, count(*)::int AS count FROM events ${where} GROUP BY country ORDER BY country COLLATE "C"`,
  );
}
