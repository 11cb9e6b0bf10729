/**
 * What SQLite's stores have that the schema description does not render: its free-text indexes
 * (FTS5 virtual tables) and the statements that filled new columns and tables from the rows
 * already stored when a migration added them (written in SQLite's SQL and JSON functions).
 */

/** Reports carry what blocking needs, read from their JSON. */
export const FILL_REPORT_BLOCKING = `
  UPDATE reports SET
    date_start = json_extract(data, '$.date.value.start'),
    date_end = json_extract(data, '$.date.value.end'),
    country = json_extract(data, '$.location.value.country');`;

/** Links that hung on events hang on the first report of each event in the linking article. */
export const MOVE_LINKS_TO_REPORTS = `
  INSERT OR IGNORE INTO report_links
    SELECT f, t, relation, article_id, evidence FROM (
      SELECT
        (SELECT id FROM reports WHERE event_id = l.from_event AND article_id = l.article_id ORDER BY id LIMIT 1) AS f,
        (SELECT id FROM reports WHERE event_id = l.to_event AND article_id = l.article_id ORDER BY id LIMIT 1) AS t,
        relation, article_id, evidence
      FROM links l)
    WHERE f IS NOT NULL AND t IS NOT NULL;`;

/** Reports spanning more than a month, or with no date at all, are coarse. */
export const FILL_REPORTS_COARSE = `
  UPDATE reports SET coarse = CASE
    WHEN date_start IS NULL OR julianday(coalesce(date_end, date_start)) - julianday(date_start) > 31 THEN 1 ELSE 0 END;`;

/** Full-text search over articles. */
export const ARTICLES_FTS = `
  CREATE VIRTUAL TABLE articles_fts USING fts5(article_id UNINDEXED, title, text, tokenize = 'porter unicode61');`;
export const FILL_ARTICLES_FTS = `
  INSERT INTO articles_fts (article_id, title, text) SELECT id, coalesce(title, ''), text FROM articles;`;

/** The changes feed starts with the creation of every event already stored. */
export const FILL_EVENT_CHANGES = `
  INSERT INTO event_changes (event_id, kind, at) SELECT id, 'created', created_at FROM events ORDER BY created_at, id;`;

/** Events' coordinates, read from their JSON. */
export const FILL_EVENT_POSITIONS = `
  UPDATE events SET lat = json_extract(data, '$.location.lat'), lon = json_extract(data, '$.location.lon');`;

/**
 * The word index of what the API's `q` searches (event-search-index.ts): which events hold each
 * word, without positions (the text is checked after it). Its rows are numbered by
 * `event_search_keys`, day first, so that a search reads in date order.
 */
export const EVENTS_FTS = `
  CREATE VIRTUAL TABLE events_fts USING fts5(text, content = '', contentless_delete = 1, detail = none);`;
/** The word index filled from the events already stored. */
export const FILL_EVENTS_FTS = `
  INSERT INTO event_search_keys (key, event_id)
    SELECT coalesce(CAST(julianday(date_start) - julianday('0001-01-01') AS INTEGER) + 1, 0) * 16777216
      + row_number() OVER (PARTITION BY date_start ORDER BY id) - 1, id
    FROM events;
  INSERT INTO events_fts (rowid, text)
    SELECT k.key, concat_ws(char(10), json_extract(e.data, '$.location.name'), e.actor1, e.actor2,
      (SELECT group_concat(DISTINCT json_extract(ev.value, '$.text'))
       FROM json_each(e.data, '$.sources') s, json_each(s.value, '$.evidence') ev))
    FROM events e JOIN event_search_keys k ON k.event_id = e.id;`;

/** The virtual tables of SQLite's stores. */
export const SQLITE_VIRTUAL_TABLES: readonly string[] = [ARTICLES_FTS, EVENTS_FTS];
