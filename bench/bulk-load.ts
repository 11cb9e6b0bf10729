/**
 * Loads synthetic incidents (synthetic-events.ts) straight into a SQLite store's tables, in large
 * transactions: the rows the store itself writes when it stores an article and merges its report
 * (articles and their full-text index, reports, events with their listing columns, the changes
 * feed, the events' word index), with the store's own statements. The database is opened by the store's own opener, so its
 * schema is the current migrations'. What listings never read (mentions, claims, quotes,
 * near-duplicate signatures) is left out. The secondary indexes of the tables written are dropped
 * while loading and made again after, from their own SQL: one sort per index costs far less than
 * keeping a dozen indexes in order row by row.
 */
import { performance } from "node:perf_hooks";
import type Database from "better-sqlite3";
import { openDatabase } from "../src/storage/sqlite/open-database.ts";
import { eventSearchIndex } from "../src/storage/sqlite/event-search-index.ts";
import { eventColumns } from "../src/storage/sqlite/event-columns.ts";
import { syntheticIncident, type IncidentSpace } from "./synthetic-events.ts";

/** Incidents per transaction. */
const BATCH = 10_000;
/** The tables the loader writes, whose secondary indexes it makes again after loading. */
const LOADED_TABLES = ["articles", "reports", "events", "event_changes", "event_search_keys"];

/**
 * Drops the loaded tables' own indexes, answering the SQL that makes them again. Kept: those
 * backing a key or UNIQUE, and those led by a foreign key's column, which every check of that key
 * reads (without them each check would scan the table).
 */
function dropIndexes(db: Database.Database): string[] {
  const made: string[] = [];
  for (const table of LOADED_TABLES) {
    const keyColumns = new Set((db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as Array<{ from: string }>).map((k) => k.from));
    const indexes = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name = ?")
      .all(table) as Array<{ name: string; sql: string }>;
    for (const { name, sql } of indexes) {
      const first = (db.prepare(`PRAGMA index_info("${name}")`).all() as Array<{ seqno: number; name: string | null }>).find(
        (c) => c.seqno === 0,
      );
      if (first?.name && keyColumns.has(first.name)) continue;
      db.exec(`DROP INDEX "${name}"`);
      made.push(sql);
    }
  }
  return made;
}

/** Adds incidents `from` to `to - 1` to the store in `file` (created if absent). */
export function bulkLoad(file: string, space: IncidentSpace, from: number, to: number): { seconds: number; articles: number } {
  const db = openDatabase(file);
  // For this loading connection only: no waiting on the disk, a larger page cache.
  db.pragma("synchronous = OFF");
  db.pragma("cache_size = -262144");
  const insertArticle = db.prepare(
    "INSERT INTO articles (id, url, outlet, published, title, text, html, content_hash, ingested_at) VALUES (@id, @url, @outlet, @published, @title, @text, @html, @contentHash, @ingestedAt)",
  );
  const insertFts = db.prepare("INSERT INTO articles_fts (article_id, title, text) VALUES (?, ?, ?)");
  const insertReport = db.prepare(
    `INSERT INTO reports (id, event_id, article_id, data, date_start, date_end, country, coarse, horizon_start, horizon_end)
     VALUES (@id, @eventId, @articleId, @data, @dateStart, @dateEnd, @country, @coarse, @horizonStart, @horizonEnd)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (id, type, date_start, date_end, country, actor1, actor2, lat, lon,
       fatalities, admin1_key, actor1_kind, actor2_kind, sources, status, data, created_at, updated_at)
     VALUES (@id, @type, @date_start, @date_end, @country, @actor1, @actor2, @lat, @lon,
       @fatalities, @admin1_key, @actor1_kind, @actor2_kind, @sources, @status, @data, @now, @now)`,
  );
  const search = eventSearchIndex(db);
  const insertChange = db.prepare("INSERT INTO event_changes (event_id, kind, at, into_event) VALUES (?, 'created', ?, NULL)");
  const loadBatch = db.transaction((start: number, end: number) => {
    let articles = 0;
    for (let i = start; i < end; i++) {
      const { articles: rows, reports, event } = syntheticIncident(space, i);
      for (const a of rows) {
        insertArticle.run(a);
        insertFts.run(a.id, a.title, a.text);
      }
      for (const r of reports) insertReport.run(r);
      const now = rows[rows.length - 1]!.ingestedAt;
      insertEvent.run(eventColumns(event, now));
      search.save(event);
      insertChange.run(event.id, now);
      articles += rows.length;
    }
    return articles;
  });
  const t0 = performance.now();
  let articles = 0;
  const indexes = dropIndexes(db);
  try {
    for (let start = from; start < to; start += BATCH) {
      const end = Math.min(to, start + BATCH);
      articles += loadBatch(start, end);
      if ((end - from) % (BATCH * 10) === 0 || end === to) {
        const s = (performance.now() - t0) / 1000;
        console.error(`  loaded events ${from + 1}-${end} (${((end - from) / s).toFixed(0)} events/s)`);
      }
    }
  } finally {
    // Made again even when loading failed, so that the store is whole whatever it holds.
    const t1 = performance.now();
    db.transaction(() => indexes.forEach((sql) => db.exec(sql)))();
    console.error(`  indexed in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
    db.pragma("wal_checkpoint(TRUNCATE)");
    db.close();
  }
  return { seconds: (performance.now() - t0) / 1000, articles };
}
