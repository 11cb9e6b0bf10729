import type pg from "pg";
import type { StoredEvent } from "../../core/model.ts";
import { eventFilterColumns } from "../shared/event-filter-columns.ts";

/**
 * The filters analysts ask for beyond date, place and type (shared/event-filter-columns.ts): the
 * death toll, the division's key, the actors' kinds, the independent sources, and the status
 * (the column existed, but only the JSON was kept up to date). A division and the reviewed
 * events, which few events share, are read in key order through indexes of their own; a high
 * toll or many sources through indexes of those numbers.
 */
const FILTER_COLUMNS = `
  ALTER TABLE events ADD COLUMN fatalities INTEGER NOT NULL DEFAULT 0, ADD COLUMN admin1_key TEXT,
    ADD COLUMN actor1_kind TEXT, ADD COLUMN actor2_kind TEXT, ADD COLUMN sources INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX events_admin1_page ON events (admin1_key, (coalesce(date_start, '')) COLLATE "C", id COLLATE "C");
  CREATE INDEX events_reviewed_page ON events ((coalesce(date_start, '')) COLLATE "C", id COLLATE "C") WHERE status = 'reviewed';
  CREATE INDEX events_fatalities ON events (fatalities);
  CREATE INDEX events_sources ON events (sources);
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
  CREATE INDEX failed_articles_hash ON failed_articles (content_hash);
  CREATE INDEX failed_articles_recent ON failed_articles (failed_at COLLATE "C", id COLLATE "C");
`;

/** Fills the filter columns of the events already stored, from their JSON, a batch at a time. */
async function fillEventFilterColumns(client: pg.PoolClient): Promise<void> {
  for (let after = ""; ;) {
    const { rows } = await client.query<{ id: string; data: string }>(
      `SELECT id, data FROM events WHERE id COLLATE "C" > $1 ORDER BY id COLLATE "C" LIMIT 1000`,
      [after],
    );
    if (rows.length === 0) return;
    for (const row of rows) {
      const c = eventFilterColumns(JSON.parse(row.data) as StoredEvent);
      await client.query(
        `UPDATE events SET fatalities = $2, admin1_key = $3, actor1_kind = $4, actor2_kind = $5, sources = $6, status = $7 WHERE id = $1`,
        [row.id, c.fatalities, c.admin1_key, c.actor1_kind, c.actor2_kind, c.sources, c.status],
      );
    }
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * The PostgreSQL schema, versioned like SQLite's: `meta.schema_version` records how many ran.
 * Never edit a released migration: add a new one. Dates are kept as YYYY-MM-DD text, as in
 * SQLite, so that both stores compare and order them alike.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT, outlet TEXT, published TEXT, title TEXT,
    text TEXT NOT NULL, html TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    ingested_at TEXT NOT NULL,
    reference_date TEXT,
    search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
  );
  CREATE INDEX articles_search ON articles USING gin (search);
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
    event_id TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id),
    data TEXT NOT NULL,
    date_start TEXT, date_end TEXT, country TEXT,
    coarse BOOLEAN NOT NULL DEFAULT false,
    horizon_start TEXT, horizon_end TEXT
  );
  CREATE INDEX reports_event ON reports(event_id);
  CREATE INDEX reports_article ON reports(article_id);
  CREATE INDEX reports_block ON reports(country, date_start);
  CREATE INDEX reports_start ON reports(date_start);
  CREATE INDEX reports_coarse ON reports(coarse, country);
  CREATE INDEX reports_horizon ON reports(horizon_start);
  CREATE TABLE claims (seq BIGSERIAL PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), data TEXT NOT NULL);
  CREATE INDEX claims_article ON claims(article_id);
  CREATE TABLE quotes (seq BIGSERIAL PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), data TEXT NOT NULL);
  CREATE INDEX quotes_article ON quotes(article_id);
  CREATE TABLE report_links (
    from_report TEXT NOT NULL, to_report TEXT NOT NULL, relation TEXT NOT NULL,
    article_id TEXT NOT NULL, evidence TEXT NOT NULL,
    PRIMARY KEY (from_report, to_report, relation)
  );
  CREATE TABLE article_signatures (article_id TEXT PRIMARY KEY REFERENCES articles(id), signature TEXT NOT NULL);
  CREATE TABLE article_bands (band TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id));
  CREATE INDEX article_bands_band ON article_bands(band);
  CREATE TABLE article_copies (
    article_id TEXT NOT NULL REFERENCES articles(id), other_id TEXT NOT NULL REFERENCES articles(id),
    similarity REAL NOT NULL, PRIMARY KEY (article_id, other_id)
  );
  CREATE TABLE report_references (
    from_report TEXT NOT NULL, relation TEXT NOT NULL, victim TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id), evidence TEXT NOT NULL,
    PRIMARY KEY (from_report, relation, victim)
  );
  CREATE TABLE actor_relations (seq BIGSERIAL PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id), data TEXT NOT NULL);
  CREATE INDEX actor_relations_article ON actor_relations(article_id);
  `,
  // The changes feed: every event created, revised, merged or withdrawn, in order.
  `
  CREATE TABLE event_changes (
    seq BIGSERIAL PRIMARY KEY,
    event_id TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, into_event TEXT
  );
  `,
  // API tokens, by name; only a hash of each secret is kept.
  `CREATE TABLE api_tokens (name TEXT PRIMARY KEY, hash TEXT NOT NULL UNIQUE, rights TEXT NOT NULL, created_at TEXT NOT NULL);`,
  // Reviews (confirm, edit a field, merge, split), hung on reports so that they survive regrouping;
  // and the grouping decisions merges and splits make.
  `
  CREATE TABLE reviews (
    seq BIGSERIAL PRIMARY KEY,
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
  // Listings read a page from an index in key order (date, undated first as "", then id, in byte
  // order) and stop after it: one index for all events and one per country and per type, the
  // filters pages are most asked by. They replace the two indexes that only narrowed a listing
  // sorted afterwards. The coordinates become columns so that SQL tests a bounding box, indexed
  // so that a small box is found through them (and its few events sorted) rather than by a scan.
  `
  ALTER TABLE events ADD COLUMN lat DOUBLE PRECISION, ADD COLUMN lon DOUBLE PRECISION;
  UPDATE events SET lat = (data::jsonb #>> '{location,lat}')::float8, lon = (data::jsonb #>> '{location,lon}')::float8;
  DROP INDEX events_date;
  DROP INDEX events_country;
  CREATE INDEX events_page ON events ((coalesce(date_start, '')) COLLATE "C", id COLLATE "C");
  CREATE INDEX events_country_page ON events (country, (coalesce(date_start, '')) COLLATE "C", id COLLATE "C");
  CREATE INDEX events_type_page ON events (type, (coalesce(date_start, '')) COLLATE "C", id COLLATE "C");
  CREATE INDEX events_position ON events (lat, lon);
  `,
  // Feeds and watchlists: pages already stored are found by their address without fetching them;
  // a watchlist keeps its filter, its webhook and how far it has read the changes feed.
  `
  CREATE INDEX articles_url ON articles (url);
  CREATE TABLE watchlists (
    name TEXT PRIMARY KEY, filter TEXT NOT NULL, webhook TEXT, cursor BIGINT NOT NULL, created_at TEXT NOT NULL
  );
  `,
  // The words of what the API's `q` searches (shared/event-search-text.ts), filled from the events
  // already stored; and the events that span days, by their last day, so that a listing from a
  // date starts its index scan at the earliest event still running on that date.
  `
  ALTER TABLE events ADD COLUMN search tsvector;
  UPDATE events SET search = to_tsvector('simple', concat_ws(E'\\n', data::jsonb #>> '{location,name}', actor1, actor2,
    (SELECT string_agg(DISTINCT t, E'\\n') FROM jsonb_array_elements_text(jsonb_path_query_array(data::jsonb, '$.sources[*].evidence[*].text')) t)));
  CREATE INDEX events_search ON events USING gin (search);
  CREATE INDEX events_multiday ON events (date_end, date_start) WHERE date_end > date_start;
  `,
  // The language each article looks written in (ISO 639-3), so that articles Sitrep cannot read
  // are known; those stored before are left unknown (NULL).
  `ALTER TABLE articles ADD COLUMN language TEXT;`,
  FILTER_COLUMNS,
  FAILED_ARTICLES,
];

/** Values SQL cannot compute, filled in code right after the migration that adds their columns, in its transaction. */
export const PG_MIGRATION_FILLS: ReadonlyMap<number, (client: pg.PoolClient) => Promise<void>> = new Map([
  [PG_MIGRATIONS.indexOf(FILTER_COLUMNS), fillEventFilterColumns],
]);
