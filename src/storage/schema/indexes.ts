/**
 * Today's indexes. The two stores read differently and so index differently: SQLite lists and
 * counts from indexes that carry every column a filter reads (covering indexes), and blocks
 * reports through partial indexes, one per part of a block; PostgreSQL reads those columns from
 * the row and finds a box, a toll or a number of sources through indexes of their own.
 */

import { bytewise, type Index, type IndexKey } from "./schema-shape.ts";

/** A listing's key order: date, undated first as "", then id, both in byte order. */
const PAGE_KEY: readonly IndexKey[] = [bytewise("coalesce(date_start, '')"), bytewise("id")];
/** The filters' columns (shared/event-filter-columns.ts), carried so that they are tested on index entries. */
const FILTER_COLUMNS = ["fatalities", "sources", "status", "actor1_kind", "actor2_kind", "admin1_key"];

const on =
  (table: string) =>
  (name: string, keys: readonly IndexKey[], more: Partial<Index> = {}): Index => ({ name, table, keys, ...more });
const articles = on("articles");
const events = on("events");
const reports = on("reports");

export const MENTIONS_ARTICLE = on("mentions")("mentions_article", ["article_id"]);
export const REPORTS_EVENT = reports("reports_event", ["event_id"]);
export const REPORTS_ARTICLE = reports("reports_article", ["article_id"]);
export const CLAIMS_ARTICLE = on("claims")("claims_article", ["article_id"], { only: "postgres" });
export const QUOTES_ARTICLE = on("quotes")("quotes_article", ["article_id"], { only: "postgres" });
export const REPORTS_BLOCK = reports("reports_block", ["country", "date_start"]);
export const ARTICLE_BANDS_BAND = on("article_bands")("article_bands_band", ["band"]);
export const ACTOR_RELATIONS_ARTICLE = on("actor_relations")("actor_relations_article", ["article_id"]);
export const REPORTS_START = reports("reports_start", ["date_start"]);
export const REPORTS_COARSE = reports("reports_coarse", ["coarse", "country"]);
export const REPORTS_HORIZON = reports("reports_horizon", ["horizon_start"]);
export const ARTICLES_SEARCH = articles("articles_search", ["search"], { using: "gin", only: "postgres" });
export const REVIEWS_ANCHOR = on("reviews")("reviews_anchor", ["anchor"]);
export const REPORT_CONSTRAINTS_A = on("report_constraints")("report_constraints_a", ["a"]);
export const REPORT_CONSTRAINTS_B = on("report_constraints")("report_constraints_b", ["b"]);

export const EVENTS_PAGE = events("events_page", PAGE_KEY, { carries: ["lat", "lon", ...FILTER_COLUMNS] });
export const EVENTS_COUNTRY_PAGE = events("events_country_page", ["country", ...PAGE_KEY], { carries: ["lat", "lon"] });
export const EVENTS_TYPE_PAGE = events("events_type_page", ["type", ...PAGE_KEY], { carries: ["lat", "lon"] });
export const EVENTS_POSITION = events("events_position", ["lat", "lon"], { only: "postgres" });
export const ARTICLES_URL = articles("articles_url", ["url"]);
export const EVENTS_SEARCH = events("events_search", ["search"], { using: "gin", only: "postgres" });
export const EVENTS_MULTIDAY = events("events_multiday", ["date_end", "date_start"], { where: "date_end > date_start" });

export const REPORTS_NO_COUNTRY = reports("reports_no_country", ["date_start"], { where: "country IS NULL", only: "sqlite" });
export const REPORTS_UNDATED_NOWHERE = reports("reports_undated_nowhere", ["country"], {
  where: "date_start IS NULL AND horizon_start IS NULL",
  only: "sqlite",
});
export const REPORTS_LONG = reports("reports_long", ["coalesce(date_end, date_start)"], {
  where: "coarse = 1 AND date_start IS NOT NULL",
  only: "sqlite",
});
export const ARTICLES_UNDATED = articles("articles_undated", ["id"], {
  where: "published IS NULL AND reference_date IS NULL",
  only: "sqlite",
});

const SUMMARY_COLUMNS = ["date_start", "date_end", "country", "type", "lat", "lon"];
export const EVENTS_SUMMARY = events("events_summary", SUMMARY_COLUMNS, { carries: FILTER_COLUMNS, only: "sqlite" });
export const EVENTS_COUNTRY_SUMMARY = events("events_country_summary", ["country", "date_start", "date_end", "type", "lat", "lon"], {
  only: "sqlite",
});
export const EVENTS_TYPE_SUMMARY = events("events_type_summary", ["type", "date_start", "date_end", "country", "lat", "lon"], {
  only: "sqlite",
});

export const EVENTS_ADMIN1_PAGE = events("events_admin1_page", ["admin1_key", ...PAGE_KEY]);
export const EVENTS_REVIEWED_PAGE = events("events_reviewed_page", PAGE_KEY, { where: "status = 'reviewed'" });
export const EVENTS_FATALITIES = events("events_fatalities", ["fatalities"], { only: "postgres" });
export const EVENTS_SOURCES = events("events_sources", ["sources"], { only: "postgres" });

const failedArticles = on("failed_articles");
export const FAILED_ARTICLES_HASH = failedArticles("failed_articles_hash", ["content_hash"]);
/** Newest first, in a key order both stores share. */
export const FAILED_ARTICLES_RECENT = failedArticles("failed_articles_recent", [bytewise("failed_at"), bytewise("id")]);

export const INDEXES: readonly Index[] = [
  MENTIONS_ARTICLE,
  REPORTS_EVENT,
  REPORTS_ARTICLE,
  CLAIMS_ARTICLE,
  QUOTES_ARTICLE,
  REPORTS_BLOCK,
  ARTICLE_BANDS_BAND,
  ACTOR_RELATIONS_ARTICLE,
  REPORTS_START,
  REPORTS_COARSE,
  REPORTS_HORIZON,
  ARTICLES_SEARCH,
  REVIEWS_ANCHOR,
  REPORT_CONSTRAINTS_A,
  REPORT_CONSTRAINTS_B,
  EVENTS_PAGE,
  EVENTS_COUNTRY_PAGE,
  EVENTS_TYPE_PAGE,
  EVENTS_POSITION,
  ARTICLES_URL,
  EVENTS_SEARCH,
  EVENTS_MULTIDAY,
  REPORTS_NO_COUNTRY,
  REPORTS_UNDATED_NOWHERE,
  REPORTS_LONG,
  ARTICLES_UNDATED,
  EVENTS_SUMMARY,
  EVENTS_COUNTRY_SUMMARY,
  EVENTS_TYPE_SUMMARY,
  EVENTS_ADMIN1_PAGE,
  EVENTS_REVIEWED_PAGE,
  EVENTS_FATALITIES,
  EVENTS_SOURCES,
  FAILED_ARTICLES_HASH,
  FAILED_ARTICLES_RECENT,
];
