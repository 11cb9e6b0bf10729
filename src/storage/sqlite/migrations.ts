import type Database from "better-sqlite3";
import type { StoredEvent } from "../../core/model.ts";
import { eventFilterColumns } from "../shared/event-filter-columns.ts";

/**
 * The filters analysts ask for beyond date, place and type (shared/event-filter-columns.ts): the
 * death toll, the division's key, the actors' kinds, the independent sources, and the status
 * (the column existed, but only the JSON was kept up to date). A listing reads its page from
 * `events_page` in key order, and a summary counts from `events_summary`: both now hold these
 * columns, so that the filters are tested on index entries, never on the rows with their JSON.
 * A division or the reviewed events, which few events share, are found through indexes of their own.
 */
const FILTER_COLUMNS = `
  ALTER TABLE events ADD COLUMN fatalities INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE events ADD COLUMN admin1_key TEXT;
  ALTER TABLE events ADD COLUMN actor1_kind TEXT;
  ALTER TABLE events ADD COLUMN actor2_kind TEXT;
  ALTER TABLE events ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
  DROP INDEX events_page;
  CREATE INDEX events_page ON events(coalesce(date_start, ''), id, lat, lon, fatalities, sources, status, actor1_kind, actor2_kind, admin1_key);
  DROP INDEX events_summary;
  CREATE INDEX events_summary ON events(date_start, date_end, country, type, lat, lon, fatalities, sources, status, actor1_kind, actor2_kind, admin1_key);
  CREATE INDEX events_admin1_page ON events(admin1_key, coalesce(date_start, ''), id);
  CREATE INDEX events_reviewed_page ON events(coalesce(date_start, ''), id) WHERE status = 'reviewed';
`;

/**
 * Articles sent but not read (out of their time budget, or extraction threw), kept as sent with
 * the reason (storage/failed-article.ts); found again by id or body hash when a retry succeeds,
 * listed newest first.
 */
const FAILED_ARTICLES = `
  CREATE TABLE failed_articles (
    id TEXT PRIMARY KEY, source TEXT NOT NULL,
    url TEXT, outlet TEXT, published TEXT, title TEXT,
    format TEXT NOT NULL, body TEXT NOT NULL, size INTEGER NOT NULL,
    content_hash TEXT NOT NULL, reason TEXT NOT NULL, failed_at TEXT NOT NULL, attempts INTEGER NOT NULL
  );
  CREATE INDEX failed_articles_hash ON failed_articles(content_hash);
  CREATE INDEX failed_articles_recent ON failed_articles(failed_at, id);
`;

/** Fills the filter columns of the events already stored, from their JSON. */
function fillEventFilterColumns(db: Database.Database): void {
  const update = db.prepare(
    `UPDATE events SET fatalities = @fatalities, admin1_key = @admin1_key, actor1_kind = @actor1_kind,
       actor2_kind = @actor2_kind, sources = @sources, status = @status WHERE id = @id`,
  );
  // A batch at a time: a statement cannot run while another still reads, and the whole table may not fit in memory.
  const batch = db.prepare("SELECT rowid, id, data FROM events WHERE rowid > ? ORDER BY rowid LIMIT 1000");
  for (let after = 0; ;) {
    const rows = batch.all(after) as Array<{ rowid: number; id: string; data: string }>;
    if (rows.length === 0) return;
    for (const row of rows) update.run({ id: row.id, ...eventFilterColumns(JSON.parse(row.data) as StoredEvent) });
    after = rows[rows.length - 1]!.rowid;
  }
}

/**
 * Versioned schema changes, applied in order; `PRAGMA user_version` records how many ran.
 * Never edit a released migration: add a new one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT, outlet TEXT, published TEXT, title TEXT,
    text TEXT NOT NULL, html TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    ingested_at TEXT NOT NULL
  );
  CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    text TEXT NOT NULL, normalised TEXT, source TEXT NOT NULL
  );
  CREATE INDEX mentions_article ON mentions(article_id);
  CREATE TABLE events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    date_start TEXT, date_end TEXT,
    country TEXT, actor1 TEXT, actor2 TEXT,
    data TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'machine',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
  );
  CREATE INDEX events_date ON events(date_start);
  CREATE INDEX events_country ON events(country, date_start);
  CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED,
    article_id TEXT NOT NULL REFERENCES articles(id),
    data TEXT NOT NULL
  );
  CREATE INDEX reports_event ON reports(event_id);
  CREATE INDEX reports_article ON reports(article_id);
  CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles(id),
    data TEXT NOT NULL
  );
  CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id),
    data TEXT NOT NULL
  );
  CREATE TABLE links (
    from_event TEXT NOT NULL, to_event TEXT NOT NULL, relation TEXT NOT NULL,
    article_id TEXT NOT NULL, evidence TEXT NOT NULL,
    PRIMARY KEY (from_event, to_event, relation, article_id)
  );
  `,
  // An undated article's reference day, learnt when another source dates one of its incidents.
  `ALTER TABLE articles ADD COLUMN reference_date TEXT;`,
  // Reports are grouped into events afresh whenever a related report arrives, so they carry what
  // blocking needs, and links hang on reports (stable) rather than on events (regrouped).
  `
  ALTER TABLE reports ADD COLUMN date_start TEXT;
  ALTER TABLE reports ADD COLUMN date_end TEXT;
  ALTER TABLE reports ADD COLUMN country TEXT;
  UPDATE reports SET
    date_start = json_extract(data, '$.date.value.start'),
    date_end = json_extract(data, '$.date.value.end'),
    country = json_extract(data, '$.location.value.country');
  CREATE INDEX reports_block ON reports(country, date_start);
  CREATE TABLE report_links (
    from_report TEXT NOT NULL, to_report TEXT NOT NULL, relation TEXT NOT NULL,
    article_id TEXT NOT NULL, evidence TEXT NOT NULL,
    PRIMARY KEY (from_report, to_report, relation)
  );
  INSERT OR IGNORE INTO report_links
    SELECT f, t, relation, article_id, evidence FROM (
      SELECT
        (SELECT id FROM reports WHERE event_id = l.from_event AND article_id = l.article_id ORDER BY id LIMIT 1) AS f,
        (SELECT id FROM reports WHERE event_id = l.to_event AND article_id = l.article_id ORDER BY id LIMIT 1) AS t,
        relation, article_id, evidence
      FROM links l)
    WHERE f IS NOT NULL AND t IS NOT NULL;
  DROP TABLE links;
  `,
  // Near-duplicate articles (syndicated copies, light rewrites): MinHash signatures, their bands
  // for finding candidates, and the pairs found (both ways round).
  `
  CREATE TABLE article_signatures (article_id TEXT PRIMARY KEY REFERENCES articles(id), signature TEXT NOT NULL);
  CREATE TABLE article_bands (band TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id));
  CREATE INDEX article_bands_band ON article_bands(band);
  CREATE TABLE article_copies (
    article_id TEXT NOT NULL REFERENCES articles(id), other_id TEXT NOT NULL REFERENCES articles(id),
    similarity REAL NOT NULL, PRIMARY KEY (article_id, other_id)
  );
  `,
  // Links to an incident the article names only by its victim, resolved against stored events.
  `
  CREATE TABLE report_references (
    from_report TEXT NOT NULL, relation TEXT NOT NULL, victim TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id), evidence TEXT NOT NULL,
    PRIMARY KEY (from_report, relation, victim)
  );
  `,
  // Ties between actors that articles state, for the actor registry.
  `
  CREATE TABLE actor_relations (article_id TEXT NOT NULL REFERENCES articles(id), data TEXT NOT NULL);
  CREATE INDEX actor_relations_article ON actor_relations(article_id);
  `,
  // Blocking by index: reports spanning a month or less are found by their first day; the few
  // that span more (a year) or have no date at all are kept apart as coarse.
  `
  ALTER TABLE reports ADD COLUMN coarse INTEGER NOT NULL DEFAULT 0;
  UPDATE reports SET coarse = CASE
    WHEN date_start IS NULL OR julianday(coalesce(date_end, date_start)) - julianday(date_start) > 31 THEN 1 ELSE 0 END;
  CREATE INDEX reports_start ON reports(date_start);
  CREATE INDEX reports_coarse ON reports(coarse, country);
  `,
  // A report with no date still happened before its article appeared: the days it may fall on.
  `
  ALTER TABLE reports ADD COLUMN horizon_start TEXT;
  ALTER TABLE reports ADD COLUMN horizon_end TEXT;
  CREATE INDEX reports_horizon ON reports(horizon_start);
  `,
  // Full-text search over articles (FTS5), filled for the articles already stored.
  `
  CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize = 'porter unicode61');
  INSERT INTO articles_fts (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles;
  `,
  // The changes feed: every event created, revised, merged or withdrawn, in order.
  `
  CREATE TABLE event_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, into_event TEXT
  );
  INSERT INTO event_changes (event_id, kind, at) SELECT id, 'created', created_at FROM events ORDER BY created_at, id;
  `,
  // API tokens, by name; only a hash of each secret is kept.
  `CREATE TABLE api_tokens (name TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, rights TEXT NOT NULL, created_at TEXT NOT NULL);`,
  // Reviews (confirm, edit a field, merge, split), hung on reports so that they survive regrouping;
  // and the grouping decisions merges and splits make.
  `
  CREATE TABLE reviews (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    anchor TEXT NOT NULL, action TEXT NOT NULL, field TEXT, value TEXT,
    by_name TEXT NOT NULL, at TEXT NOT NULL, before TEXT NOT NULL, note TEXT
  );
  CREATE INDEX reviews_anchor ON reviews(anchor);
  CREATE TABLE report_constraints (a TEXT NOT NULL, b TEXT NOT NULL, kind TEXT NOT NULL, by_name TEXT NOT NULL, at TEXT NOT NULL);
  CREATE INDEX report_constraints_a ON report_constraints(a);
  CREATE INDEX report_constraints_b ON report_constraints(b);
  `,
  // Ids of events merged into others, so that old links keep answering.
  `CREATE TABLE event_aliases (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL);`,
  // Listings read a page from an index in key order (date, undated first as "", then id) and stop
  // after it: one index for all events and one per country and per type, the filters pages are
  // most asked by. The coordinates ride in them so that a bounding box is tested on the index
  // entry, not the row. They replace the two indexes that only narrowed a listing sorted afterwards.
  `
  ALTER TABLE events ADD COLUMN lat REAL;
  ALTER TABLE events ADD COLUMN lon REAL;
  UPDATE events SET lat = json_extract(data, '$.location.lat'), lon = json_extract(data, '$.location.lon');
  DROP INDEX events_date;
  DROP INDEX events_country;
  CREATE INDEX events_page ON events(coalesce(date_start, ''), id, lat, lon);
  CREATE INDEX events_country_page ON events(country, coalesce(date_start, ''), id, lat, lon);
  CREATE INDEX events_type_page ON events(type, coalesce(date_start, ''), id, lat, lon);
  `,
  // Feeds and watchlists: pages already stored are found by their address without fetching them;
  // a watchlist keeps its filter, its webhook and how far it has read the changes feed.
  `
  CREATE INDEX articles_url ON articles(url);
  CREATE TABLE watchlists (
    name TEXT PRIMARY KEY, filter TEXT NOT NULL, webhook TEXT, cursor INTEGER NOT NULL, created_at TEXT NOT NULL
  );
  `,
  // The word index of what the API's `q` searches (event-search-index.ts), filled from the events
  // already stored: which events hold each word, without positions (the text is checked after
  // it); and the events that span days, by their last day, so that a listing from a date
  // starts its index scan at the earliest event still running on that date.
  `
  CREATE TABLE event_search_keys (key INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE);
  CREATE VIRTUAL TABLE events_fts USING fts5(text, content = '', contentless_delete = 1, detail = none);
  INSERT INTO event_search_keys (key, event_id)
    SELECT coalesce(CAST(julianday(date_start) - julianday('0001-01-01') AS INTEGER) + 1, 0) * 16777216
      + row_number() OVER (PARTITION BY date_start ORDER BY id) - 1, id
    FROM events;
  INSERT INTO events_fts (rowid, text)
    SELECT k.key, concat_ws(char(10), json_extract(e.data, '$.location.name'), e.actor1, e.actor2,
      (SELECT group_concat(DISTINCT json_extract(ev.value, '$.text'))
       FROM json_each(e.data, '$.sources') s, json_each(s.value, '$.evidence') ev))
    FROM events e JOIN event_search_keys k ON k.event_id = e.id;
  CREATE INDEX events_multiday ON events(date_end, date_start) WHERE date_end > date_start;
  `,
  // Blocking reads each part of a block through an index holding only that part: reports of no
  // known country by day; undated reports of undated articles; reports spanning more than a
  // month by their last day; and the articles with no date, whose reports wait for one after each
  // article. Without them each read scanned every fine or coarse report stored.
  `
  CREATE INDEX reports_no_country ON reports(date_start) WHERE country IS NULL;
  CREATE INDEX reports_undated_nowhere ON reports(country) WHERE date_start IS NULL AND horizon_start IS NULL;
  CREATE INDEX reports_long ON reports(coalesce(date_end, date_start)) WHERE coarse = 1 AND date_start IS NOT NULL;
  CREATE INDEX articles_undated ON articles(id) WHERE published IS NULL AND reference_date IS NULL;
  `,
  // The language each article looks written in (ISO 639-3), so that articles Sitrep cannot read
  // are known; those stored before are left unknown (NULL).
  `ALTER TABLE articles ADD COLUMN language TEXT;`,
  // Summaries (event-summary-sql.ts) count every event a filter keeps: these indexes hold every
  // column their conditions and groupings read, led by the date, the country or the type, so that
  // counting reads an index alone, not the rows with their JSON (on 200,000 events a count drops
  // from about a second to a few tens of milliseconds).
  `
  CREATE INDEX events_summary ON events(date_start, date_end, country, type, lat, lon);
  CREATE INDEX events_country_summary ON events(country, date_start, date_end, type, lat, lon);
  CREATE INDEX events_type_summary ON events(type, date_start, date_end, country, lat, lon);
  `,
  FILTER_COLUMNS,
  FAILED_ARTICLES,
];

/** Values SQL cannot compute, filled in code right after the migration that adds their columns, in its transaction. */
export const MIGRATION_FILLS: ReadonlyMap<number, (db: Database.Database) => void> = new Map([
  [MIGRATIONS.indexOf(FILTER_COLUMNS), fillEventFilterColumns],
]);

/** Written into `meta` so that another program's SQLite file is never mistaken for ours. */
export const APP_MARKER = "sitrep";
