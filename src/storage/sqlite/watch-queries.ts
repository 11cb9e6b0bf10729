/** What `sitrep watch` asks of a SQLite store: whether a page is stored, and the watchlists. */

import type Database from "better-sqlite3";
import { StorageError } from "../../core/errors.ts";
import { checkWatchlistName, filterJson, toWatchlist, type WatchlistRow } from "../shared/watchlist-rows.ts";
import type { StoredEvent } from "../../core/model.ts";
import type { Store } from "../store.ts";

export type WatchQueries = Pick<
  Store,
  "hasArticleUrl" | "getEvents" | "addWatchlist" | "listWatchlists" | "removeWatchlist" | "advanceWatchlist"
>;

export function sqliteWatchQueries(db: Database.Database, file: string): WatchQueries {
  const q = {
    articleWithUrl: db.prepare("SELECT 1 FROM articles WHERE url = ? LIMIT 1"),
    // The ids as one JSON array: any number of them, one statement.
    eventsById: db.prepare("SELECT data FROM events WHERE id IN (SELECT value FROM json_each(?))"),
    // The cursor starts at the end of the changes feed, read in the same statement as the insert
    // (`WHERE true`: SQLite's grammar needs it between a SELECT and ON CONFLICT).
    insert: db.prepare(
      `INSERT INTO watchlists (name, filter, webhook, cursor, created_at)
       SELECT ?, ?, ?, coalesce(max(seq), 0), ? FROM event_changes WHERE true ON CONFLICT (name) DO NOTHING`,
    ),
    byName: db.prepare("SELECT * FROM watchlists WHERE name = ?"),
    all: db.prepare("SELECT * FROM watchlists ORDER BY name"),
    remove: db.prepare("DELETE FROM watchlists WHERE name = ?"),
    advance: db.prepare("UPDATE watchlists SET cursor = max(cursor, ?) WHERE name = ?"),
  };
  return {
    async hasArticleUrl(url) {
      return q.articleWithUrl.get(url) !== undefined;
    },
    async getEvents(ids) {
      return (q.eventsById.all(JSON.stringify(ids)) as { data: string }[]).map((r) => JSON.parse(r.data) as StoredEvent);
    },
    async addWatchlist(name, filter, webhook) {
      const problem = checkWatchlistName(name);
      if (problem) throw new StorageError(problem);
      if (q.insert.run(name, filterJson(filter), webhook, new Date().toISOString()).changes === 0) {
        throw new StorageError(`${file}: a watchlist named "${name}" exists already`);
      }
      return toWatchlist(q.byName.get(name) as WatchlistRow);
    },
    async listWatchlists() {
      return (q.all.all() as WatchlistRow[]).map(toWatchlist);
    },
    async removeWatchlist(name) {
      return q.remove.run(name).changes > 0;
    },
    async advanceWatchlist(name, cursor) {
      q.advance.run(cursor, name);
    },
  };
}
