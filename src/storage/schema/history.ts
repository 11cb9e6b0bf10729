/**
 * The changes that took older stores to today's shape (tables.ts, indexes.ts), in the order they
 * were released, each placed in each dialect's numbering of its migrations. A store created now
 * is made in today's shape at once; one created by an earlier release runs the changes after its
 * version. Never edit a released change: add a new step, and make the same change to today's
 * shape (fresh-store-schema.test.ts checks that both give the same store). A step keeps the shape
 * it made: when a table or an index of today's shape changes, the steps before name the columns
 * the table had then, or keep the index as it was here (as EVENTS_PAGE_BEFORE_FILTERS).
 */

import * as pgx from "./postgres-extras.ts";
import { addColumns, createIndex, createTable, dropIndex, dropTable, sql, type Index, type Step, type Table } from "./schema-shape.ts";
import * as lite from "./sqlite-extras.ts";
import * as t from "./tables.ts";
import * as i from "./indexes.ts";

/** Events linked to events, before links hung on reports (SQLite's stores only: PostgreSQL's began after). */
const LINKS: Table = {
  name: "links",
  columns: ["from_event", "to_event", "relation", "article_id", "evidence"].map((name) => ({ name, type: "text", notNull: true })),
  primaryKey: ["from_event", "to_event", "relation", "article_id"],
};
/** Indexes that only narrowed a listing sorted afterwards, until listings read pages from indexes. */
const EVENTS_DATE: Index = { name: "events_date", table: "events", keys: ["date_start"] };
const EVENTS_COUNTRY: Index = { name: "events_country", table: "events", keys: ["country", "date_start"] };
/** Indexes as they were before the analysts' filters' columns rode in them. */
const EVENTS_PAGE_BEFORE_FILTERS: Index = { ...i.EVENTS_PAGE, carries: ["lat", "lon"] };
const EVENTS_SUMMARY_BEFORE_FILTERS: Index = { ...i.EVENTS_SUMMARY, carries: [] };

/**
 * The filters analysts ask for beyond date, place and type (shared/event-filter-columns.ts): the
 * death toll, the division's key, the actors' kinds, the independent sources, and the status (the
 * column existed, but only the JSON was kept up to date), filled in code from the events' JSON.
 * SQLite's listing and summary indexes now carry them; a division and the reviewed events, which
 * few events share, are read in key order through indexes of their own; in PostgreSQL a high toll
 * or many sources through indexes of those numbers.
 */
export const FILTER_COLUMNS_STEP: Step = {
  in: { sqlite: 19, postgres: 9 },
  changes: [
    addColumns(t.EVENTS, "fatalities", "admin1_key", "actor1_kind", "actor2_kind", "sources"),
    // PostgreSQL's page index carries no columns, so it stays as it was.
    dropIndex("events_page", "sqlite"),
    ...createIndex({ ...i.EVENTS_PAGE, only: "sqlite" }),
    dropIndex("events_summary", "sqlite"),
    ...createIndex(i.EVENTS_SUMMARY, i.EVENTS_ADMIN1_PAGE, i.EVENTS_REVIEWED_PAGE, i.EVENTS_FATALITIES, i.EVENTS_SOURCES),
  ],
};

export const HISTORY: readonly Step[] = [
  {
    in: { sqlite: 0, postgres: 0 },
    changes: [
      createTable(t.META),
      createTable(t.ARTICLES, ["id", "url", "outlet", "published", "title", "text", "html", "content_hash", "ingested_at"]),
      createTable(t.MENTIONS),
      ...createIndex(i.MENTIONS_ARTICLE),
      createTable(t.EVENTS, [
        "id",
        "type",
        "date_start",
        "date_end",
        "country",
        "actor1",
        "actor2",
        "data",
        "status",
        "version",
        "created_at",
        "updated_at",
      ]),
      ...createIndex(EVENTS_DATE, EVENTS_COUNTRY),
      createTable(t.REPORTS, ["id", "event_id", "article_id", "data"]),
      ...createIndex(i.REPORTS_EVENT, i.REPORTS_ARTICLE),
      createTable(t.CLAIMS),
      ...createIndex(i.CLAIMS_ARTICLE),
      createTable(t.QUOTES),
      ...createIndex(i.QUOTES_ARTICLE),
      createTable({ ...LINKS, only: "sqlite" }),
    ],
  },
  // An undated article's reference day, learnt when another source dates one of its incidents.
  { in: { sqlite: 1, postgres: 0 }, changes: [addColumns(t.ARTICLES, "reference_date")] },
  // Reports are grouped into events afresh whenever a related report arrives, so they carry what
  // blocking needs, and links hang on reports (stable) rather than on events (regrouped).
  {
    in: { sqlite: 2, postgres: 0 },
    changes: [
      addColumns(t.REPORTS, "date_start", "date_end", "country"),
      sql({ sqlite: lite.FILL_REPORT_BLOCKING }),
      ...createIndex(i.REPORTS_BLOCK),
      createTable(t.REPORT_LINKS),
      sql({ sqlite: lite.MOVE_LINKS_TO_REPORTS }),
      dropTable("links", "sqlite"),
    ],
  },
  // Near-duplicate articles (syndicated copies, light rewrites): MinHash signatures, their bands
  // for finding candidates, and the pairs found (both ways round).
  {
    in: { sqlite: 3, postgres: 0 },
    changes: [
      createTable(t.ARTICLE_SIGNATURES),
      createTable(t.ARTICLE_BANDS),
      ...createIndex(i.ARTICLE_BANDS_BAND),
      createTable(t.ARTICLE_COPIES),
    ],
  },
  // Links to an incident the article names only by its victim, resolved against stored events.
  { in: { sqlite: 4, postgres: 0 }, changes: [createTable(t.REPORT_REFERENCES)] },
  // Ties between actors that articles state, for the actor registry.
  { in: { sqlite: 5, postgres: 0 }, changes: [createTable(t.ACTOR_RELATIONS), ...createIndex(i.ACTOR_RELATIONS_ARTICLE)] },
  // Blocking by index: reports spanning a month or less are found by their first day; the few
  // that span more (a year) or have no date at all are kept apart as coarse.
  {
    in: { sqlite: 6, postgres: 0 },
    changes: [
      addColumns(t.REPORTS, "coarse"),
      sql({ sqlite: lite.FILL_REPORTS_COARSE }),
      ...createIndex(i.REPORTS_START, i.REPORTS_COARSE),
    ],
  },
  // A report with no date still happened before its article appeared: the days it may fall on.
  { in: { sqlite: 7, postgres: 0 }, changes: [addColumns(t.REPORTS, "horizon_start", "horizon_end"), ...createIndex(i.REPORTS_HORIZON)] },
  // Full-text search over articles, filled for the articles already stored.
  {
    in: { sqlite: 8, postgres: 0 },
    changes: [
      sql({ sqlite: lite.ARTICLES_FTS + lite.FILL_ARTICLES_FTS }),
      addColumns(t.ARTICLES, "search"),
      ...createIndex(i.ARTICLES_SEARCH),
    ],
  },
  // The changes feed: every event created, revised, merged or withdrawn, in order.
  { in: { sqlite: 9, postgres: 1 }, changes: [createTable(t.EVENT_CHANGES), sql({ sqlite: lite.FILL_EVENT_CHANGES })] },
  // API tokens, by name; only a hash of each secret is kept.
  { in: { sqlite: 10, postgres: 2 }, changes: [createTable(t.API_TOKENS)] },
  // Reviews (confirm, edit a field, merge, split), hung on reports so that they survive
  // regrouping; and the grouping decisions merges and splits make.
  {
    in: { sqlite: 11, postgres: 3 },
    changes: [
      createTable(t.REVIEWS),
      ...createIndex(i.REVIEWS_ANCHOR),
      createTable(t.REPORT_CONSTRAINTS),
      ...createIndex(i.REPORT_CONSTRAINTS_A, i.REPORT_CONSTRAINTS_B),
    ],
  },
  // Ids of events merged into others, so that old links keep answering.
  { in: { sqlite: 12, postgres: 4 }, changes: [createTable(t.EVENT_ALIASES)] },
  // Listings read a page from an index in key order (date, undated first as "", then id) and stop
  // after it: one index for all events and one per country and per type, the filters pages are
  // most asked by. They replace the two indexes that only narrowed a listing sorted afterwards.
  // The coordinates become columns so that a bounding box is tested in SQL: on SQLite's index
  // entries, through an index of their own in PostgreSQL.
  {
    in: { sqlite: 13, postgres: 5 },
    changes: [
      addColumns(t.EVENTS, "lat", "lon"),
      sql({ sqlite: lite.FILL_EVENT_POSITIONS, postgres: pgx.FILL_EVENT_POSITIONS }),
      dropIndex("events_date"),
      dropIndex("events_country"),
      ...createIndex(EVENTS_PAGE_BEFORE_FILTERS, i.EVENTS_COUNTRY_PAGE, i.EVENTS_TYPE_PAGE, i.EVENTS_POSITION),
    ],
  },
  // Feeds and watchlists: pages already stored are found by their address without fetching them;
  // a watchlist keeps its filter, its webhook and how far it has read the changes feed.
  { in: { sqlite: 14, postgres: 6 }, changes: [...createIndex(i.ARTICLES_URL), createTable(t.WATCHLISTS)] },
  // The words of what the API's `q` searches, filled from the events already stored; and the
  // events that span days, by their last day, so that a listing from a date starts its index scan
  // at the earliest event still running on that date.
  {
    in: { sqlite: 15, postgres: 7 },
    changes: [
      createTable(t.EVENT_SEARCH_KEYS),
      sql({ sqlite: lite.EVENTS_FTS + lite.FILL_EVENTS_FTS }),
      addColumns(t.EVENTS, "search"),
      sql({ postgres: pgx.FILL_EVENT_SEARCH }),
      ...createIndex(i.EVENTS_SEARCH, i.EVENTS_MULTIDAY),
    ],
  },
  // Blocking reads each part of a block through an index holding only that part: reports of no
  // known country by day; undated reports of undated articles; reports spanning more than a
  // month by their last day; and the articles with no date, whose reports wait for one after each
  // article. Without them each read scanned every fine or coarse report stored.
  { in: { sqlite: 16 }, changes: createIndex(i.REPORTS_NO_COUNTRY, i.REPORTS_UNDATED_NOWHERE, i.REPORTS_LONG, i.ARTICLES_UNDATED) },
  // The language each article looks written in (ISO 639-3), so that articles Sitrep cannot read
  // are known; those stored before are left unknown (NULL).
  { in: { sqlite: 17, postgres: 8 }, changes: [addColumns(t.ARTICLES, "language")] },
  // Summaries (event-summary-sql.ts) count every event a filter keeps: these indexes hold every
  // column their conditions and groupings read, led by the date, the country or the type, so that
  // counting reads an index alone, not the rows with their JSON (on 200,000 events a count drops
  // from about a second to a few tens of milliseconds).
  { in: { sqlite: 18 }, changes: createIndex(EVENTS_SUMMARY_BEFORE_FILTERS, i.EVENTS_COUNTRY_SUMMARY, i.EVENTS_TYPE_SUMMARY) },
  FILTER_COLUMNS_STEP,
  // Articles sent but not read (out of their time budget, or their extraction threw), kept as
  // sent with the reason, so that none is lost and each can be sent again.
  {
    in: { sqlite: 20, postgres: 10 },
    changes: [createTable(t.FAILED_ARTICLES), ...createIndex(i.FAILED_ARTICLES_HASH, i.FAILED_ARTICLES_RECENT)],
  },
];
