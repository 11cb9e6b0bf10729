/**
 * SQLite's listings and counts of events under a filter (`event-listing-sql.ts`,
 * `event-summary-sql.ts`), the word searches read through the search indexes.
 */

import type Database from "better-sqlite3";
import type { StoredEvent } from "../../core/model.ts";
import { collectEvents } from "../shared/event-pages.ts";
import { freeTextSearch } from "./free-text-search.ts";
import { MIN_CELL_DEGREES, summarizeListed } from "../shared/event-summary.ts";
import { unindexedFilter } from "../shared/unindexed-filters.ts";
import type { EventKey, Store } from "../store.ts";
import { readByDayWindows } from "./day-windows.ts";
import { eventListingSql, type ListingHints } from "./event-listing-sql.ts";
import { searchDay, type EventSearchIndex } from "./event-search-index.ts";
import { summaryCellsSql, summaryCountriesSql, summaryPeriodsSql, summaryTotalsSql } from "./event-summary-sql.ts";

export type ListingQueries = Pick<Store, "listEvents" | "summarizeEvents">;

/** A user's words as an FTS5 query: each word quoted (so no word is read as an operator), all required. */
function ftsQuery(text: string): string {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => `"${w}"`).join(" AND ");
}

export function sqliteListingQueries(db: Database.Database, search: EventSearchIndex): ListingQueries {
  const freeText = freeTextSearch(db, search);
  const q = {
    searchArticles: db.prepare("SELECT DISTINCT article_id FROM articles_fts WHERE articles_fts MATCH ?"),
    // Through the index of events spanning days (a partial index): few rows however large the store.
    sinceFloor: db.prepare("SELECT min(date_start) FROM events WHERE date_end > date_start AND date_end >= ? AND date_start < ?").pluck(),
  };

  /** Articles holding every word of the query (FTS5, words stemmed). */
  function textMatches(text: string): Set<string> {
    const query = ftsQuery(text);
    if (query === "") return new Set();
    return new Set((q.searchArticles.all(query) as { article_id: string }[]).map((r) => r.article_id));
  }

  /** Listing statements, prepared once per shape (which filters, whether paged): a handful at most. */
  const listings = new Map<string, Database.Statement>();
  function listing(sql: string): Database.Statement {
    let statement = listings.get(sql);
    if (!statement) listings.set(sql, (statement = db.prepare(sql)));
    return statement;
  }

  return {
    async listEvents(filter = {}, page = {}) {
      const keep = unindexedFilter(filter, filter.text ? textMatches(filter.text) : null);
      const hints: ListingHints = {};
      if (filter.since) hints.sinceFloor = (q.sinceFloor.get(filter.since, filter.since) as string | null) ?? filter.since;
      const rows = (after: EventKey | undefined, limit: number | undefined, more: ListingHints = {}): StoredEvent[] => {
        const { sql, params } = eventListingSql(filter, after, limit, { ...hints, ...more });
        return (listing(sql).all(params) as { data: string }[]).map((r) => JSON.parse(r.data) as StoredEvent);
      };
      const words = filter.mentions ? freeText.query(filter.mentions) : null;
      // SQL selects, orders and cuts the page (event-listing-sql.ts); what no index serves is tested after it.
      if (words === null) return collectEvents(async (after, limit) => rows(after, limit), keep, page);
      // A word search reads the matches of a few days at a time from where the page starts (day-windows.ts).
      const firstDay = searchDay(hints.sinceFloor);
      const lastDay = filter.until ? searchDay(filter.until) : Infinity;
      return collectEvents(
        async (after, limit) =>
          readByDayWindows(
            Math.max(firstDay, searchDay(after?.[0])),
            lastDay,
            limit,
            (from) => search.nextMatchingDay(words, from),
            (fromDay, toDay, windowLimit) =>
              rows(after, windowLimit, {
                search: { query: words, fromDay, toDay, walk: freeText.walk(words, fromDay, toDay, windowLimit) },
              }),
          ),
        keep,
        page,
      );
    },
    async summarizeEvents(filter, request) {
      // What SQL cannot decide alone is counted over the events themselves.
      if (filter.actor || filter.text || filter.mentions) return summarizeListed(await this.listEvents(filter), request);
      const hints: ListingHints = {};
      if (filter.since) hints.sinceFloor = (q.sinceFloor.get(filter.since, filter.since) as string | null) ?? filter.since;
      const totals = summaryTotalsSql(filter, hints);
      const { total, undated, located } = listing(totals.sql).get(totals.params) as { total: number; undated: number; located: number };
      const periodSql = request.period ? summaryPeriodsSql(filter, hints, request.period) : null;
      const cellSql = request.cellDegrees ? summaryCellsSql(filter, hints, Math.max(MIN_CELL_DEGREES, request.cellDegrees)) : null;
      const countrySql = request.countries ? summaryCountriesSql(filter, hints) : null;
      return {
        total,
        undated,
        located,
        periods: periodSql ? (listing(periodSql.sql).all(periodSql.params) as Array<{ start: string; count: number }>) : [],
        cells: cellSql ? (listing(cellSql.sql).all(cellSql.params) as Array<{ lat: number; lon: number; count: number }>) : [],
        countries: countrySql ? (listing(countrySql.sql).all(countrySql.params) as Array<{ country: string; count: number }>) : [],
      };
    },
  };
}
