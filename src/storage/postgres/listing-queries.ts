/**
 * PostgreSQL's listings and counts of events under a filter (`event-listing-sql.ts`,
 * `event-summary-sql.ts`), the word searches read through tsvector columns.
 */

import type { StoredEvent } from "../../core/model.ts";
import { collectEvents } from "../shared/event-pages.ts";
import { tsqueryOf } from "../shared/event-search-text.ts";
import { MIN_CELL_DEGREES, summarizeListed } from "../shared/event-summary.ts";
import { unindexedFilter } from "../shared/unindexed-filters.ts";
import type { Store } from "../store.ts";
import { eventListingSql, type ListingHints } from "./event-listing-sql.ts";
import { summaryCellsSql, summaryCountriesSql, summaryPeriodsSql, summaryTotalsSql } from "./event-summary-sql.ts";
import { all, one, type PostgresDatabase, type Queryable } from "./open-database.ts";

export type ListingQueries = Pick<Store, "listEvents" | "summarizeEvents">;

/** The earliest first day of an event spanning days that still counts for `since`: where the listing's index scan can start. */
const sinceFloor = async (db: Queryable, since: string): Promise<string> =>
  (
    await one<{ floor: string | null }>(
      db,
      "SELECT min(date_start) AS floor FROM events WHERE date_end > date_start AND date_end >= $1 AND date_start < $1",
      [since],
    )
  )?.floor ?? since;

export function postgresListingQueries({ read }: PostgresDatabase): ListingQueries {
  return {
    async listEvents(filter = {}, page = {}) {
      return read(async (db) => {
        // Full-text search through the articles' tsvector: every word, stemmed as English.
        const words = (filter.text?.match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
        const matching = filter.text
          ? new Set(
              (await all<{ id: string }>(db, "SELECT id FROM articles WHERE search @@ plainto_tsquery('english', $1)", [words])).map(
                (r) => r.id,
              ),
            )
          : null;
        const hints: ListingHints = {};
        if (filter.since) hints.sinceFloor = await sinceFloor(db, filter.since);
        const query = filter.mentions ? tsqueryOf(filter.mentions) : null;
        if (query) hints.searchQuery = query;
        // SQL selects, orders and cuts the page (event-listing-sql.ts); what no index serves is tested after it.
        return collectEvents(
          async (after, limit) => {
            const { sql, params } = eventListingSql(filter, after, limit, hints);
            return (await all<{ data: string }>(db, sql, params)).map((r) => JSON.parse(r.data) as StoredEvent);
          },
          unindexedFilter(filter, matching),
          page,
        );
      });
    },
    async summarizeEvents(filter, request) {
      // What SQL cannot decide alone is counted over the events themselves.
      if (filter.actor || filter.text || filter.mentions) return summarizeListed(await this.listEvents(filter), request);
      return read(async (db) => {
        const hints: ListingHints = {};
        if (filter.since) hints.sinceFloor = await sinceFloor(db, filter.since);
        const totals = summaryTotalsSql(filter, hints);
        const counts = await one<{ total: number; undated: number; located: number }>(db, totals.sql, totals.params);
        const periodSql = request.period ? summaryPeriodsSql(filter, hints, request.period) : null;
        const cellSql = request.cellDegrees ? summaryCellsSql(filter, hints, Math.max(MIN_CELL_DEGREES, request.cellDegrees)) : null;
        const countrySql = request.countries ? summaryCountriesSql(filter, hints) : null;
        return {
          total: counts?.total ?? 0,
          undated: counts?.undated ?? 0,
          located: counts?.located ?? 0,
          periods: periodSql ? await all<{ start: string; count: number }>(db, periodSql.sql, periodSql.params) : [],
          cells: cellSql ? await all<{ lat: number; lon: number; count: number }>(db, cellSql.sql, cellSql.params) : [],
          countries: countrySql ? await all<{ country: string; count: number }>(db, countrySql.sql, countrySql.params) : [],
        };
      });
    },
  };
}
