/**
 * Today's tables, both stores' (schema-shape.ts says how to read them). Dates and times are
 * YYYY-MM-DD (or ISO) text in both, so that both stores compare and order them alike; JSON is kept
 * as text. Listed in an order in which each table's foreign keys point to tables listed before it.
 */

import type { Column, Table } from "./schema-shape.ts";

const text = (name: string, more: Partial<Column> = {}): Column => ({ name, type: "text", ...more });
const required = (name: string, more: Partial<Column> = {}): Column => text(name, { notNull: true, ...more });
const article = { table: "articles", column: "id" } as const;
/** A numbered key: SQLite's rowid does this for tables without one, PostgreSQL's rows need their own. */
const rowNumber: Column = { name: "seq", type: "serial", primaryKey: true, only: "postgres" };

/**
 * The store's own facts: `app`, which tells a Sitrep store from another program's. PostgreSQL's
 * stores have it too, made on opening before any migration, since they keep their version in it.
 */
export const META: Table = { name: "meta", only: "sqlite", columns: [text("key", { primaryKey: true }), required("value")] };

export const ARTICLES: Table = {
  name: "articles",
  columns: [
    text("id", { primaryKey: true }),
    text("url"),
    text("outlet"),
    text("published"),
    text("title"),
    required("text"),
    text("html"),
    required("content_hash", { unique: true }),
    required("ingested_at"),
    text("reference_date"),
    {
      name: "search",
      type: "text",
      only: "postgres",
      definition: "tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED",
    },
    text("language"),
  ],
};

export const MENTIONS: Table = {
  name: "mentions",
  columns: [
    required("article_id", { references: article }),
    required("kind"),
    { name: "start", type: "integer", notNull: true },
    { name: "end", type: "integer", notNull: true },
    required("text"),
    text("normalised"),
    required("source"),
  ],
};

export const EVENTS: Table = {
  name: "events",
  columns: [
    text("id", { primaryKey: true }),
    required("type"),
    text("date_start"),
    text("date_end"),
    text("country"),
    text("actor1"),
    text("actor2"),
    required("data"),
    required("status", { default: "machine" }),
    { name: "version", type: "integer", notNull: true, default: 1 },
    required("created_at"),
    required("updated_at"),
    { name: "lat", type: "double" },
    { name: "lon", type: "double" },
    { name: "search", type: "text", only: "postgres", definition: "tsvector" },
    { name: "fatalities", type: "integer", notNull: true, default: 0 },
    text("admin1_key"),
    text("actor1_kind"),
    text("actor2_kind"),
    { name: "sources", type: "integer", notNull: true, default: 0 },
  ],
};

export const REPORTS: Table = {
  name: "reports",
  columns: [
    text("id", { primaryKey: true }),
    // Checked when the transaction commits; PostgreSQL's stores never had this key.
    required("event_id", { references: { table: "events", column: "id", deferred: true, only: "sqlite" } }),
    required("article_id", { references: article }),
    required("data"),
    text("date_start"),
    text("date_end"),
    text("country"),
    { name: "coarse", type: "boolean", notNull: true, default: false },
    text("horizon_start"),
    text("horizon_end"),
  ],
};

/** What an article's facts are stored as, one JSON row each, by article. */
const articleFacts = (name: string): Table => ({
  name,
  columns: [rowNumber, required("article_id", { references: article }), required("data")],
});
export const CLAIMS = articleFacts("claims");
export const QUOTES = articleFacts("quotes");
export const ACTOR_RELATIONS = articleFacts("actor_relations");

export const REPORT_LINKS: Table = {
  name: "report_links",
  columns: [required("from_report"), required("to_report"), required("relation"), required("article_id"), required("evidence")],
  primaryKey: ["from_report", "to_report", "relation"],
};

export const ARTICLE_SIGNATURES: Table = {
  name: "article_signatures",
  columns: [text("article_id", { primaryKey: true, references: article }), required("signature")],
};

export const ARTICLE_BANDS: Table = { name: "article_bands", columns: [required("band"), required("article_id", { references: article })] };

export const ARTICLE_COPIES: Table = {
  name: "article_copies",
  columns: [
    required("article_id", { references: article }),
    required("other_id", { references: article }),
    { name: "similarity", type: "real", notNull: true },
  ],
  primaryKey: ["article_id", "other_id"],
};

export const REPORT_REFERENCES: Table = {
  name: "report_references",
  columns: [
    required("from_report"),
    required("relation"),
    required("victim"),
    required("article_id", { references: article }),
    required("evidence"),
  ],
  primaryKey: ["from_report", "relation", "victim"],
};

export const EVENT_CHANGES: Table = {
  name: "event_changes",
  columns: [{ name: "seq", type: "serial", primaryKey: true }, required("event_id"), required("kind"), required("at"), text("into_event")],
};

export const API_TOKENS: Table = {
  name: "api_tokens",
  columns: [text("name", { primaryKey: true }), required("hash", { unique: true }), required("rights"), required("created_at")],
};

export const REVIEWS: Table = {
  name: "reviews",
  columns: [
    { name: "seq", type: "serial", primaryKey: true },
    required("anchor"),
    required("action"),
    text("field"),
    text("value"),
    required("by_name"),
    required("at"),
    required("before"),
    text("note"),
  ],
};

export const REPORT_CONSTRAINTS: Table = {
  name: "report_constraints",
  columns: [required("a"), required("b"), required("kind"), required("by_name"), required("at")],
};

export const EVENT_ALIASES: Table = { name: "event_aliases", columns: [text("old_id", { primaryKey: true }), required("new_id")] };

export const WATCHLISTS: Table = {
  name: "watchlists",
  columns: [
    text("name", { primaryKey: true }),
    required("filter"),
    text("webhook"),
    { name: "cursor", type: "bigint", notNull: true },
    required("created_at"),
  ],
};

/** The key each event has in SQLite's word index (sqlite-extras.ts), which numbers its rows by integers. */
export const EVENT_SEARCH_KEYS: Table = {
  name: "event_search_keys",
  only: "sqlite",
  columns: [{ name: "key", type: "integer", primaryKey: true }, required("event_id", { unique: true })],
};

/**
 * Articles sent but not read (out of their time budget, or their extraction threw), kept as sent
 * with the reason (storage/failed-article.ts); found again by id or body hash when a retry
 * succeeds, listed newest first.
 */
export const FAILED_ARTICLES: Table = {
  name: "failed_articles",
  columns: [
    text("id", { primaryKey: true }),
    required("source"),
    text("url"),
    text("outlet"),
    text("published"),
    text("title"),
    required("format"),
    required("body"),
    { name: "size", type: "integer", notNull: true },
    required("content_hash"),
    required("reason"),
    required("failed_at"),
    { name: "attempts", type: "integer", notNull: true },
  ],
};

export const TABLES: readonly Table[] = [
  META,
  ARTICLES,
  MENTIONS,
  EVENTS,
  REPORTS,
  CLAIMS,
  QUOTES,
  REPORT_LINKS,
  ARTICLE_SIGNATURES,
  ARTICLE_BANDS,
  ARTICLE_COPIES,
  REPORT_REFERENCES,
  ACTOR_RELATIONS,
  EVENT_CHANGES,
  API_TOKENS,
  REVIEWS,
  REPORT_CONSTRAINTS,
  EVENT_ALIASES,
  WATCHLISTS,
  EVENT_SEARCH_KEYS,
  FAILED_ARTICLES,
];
