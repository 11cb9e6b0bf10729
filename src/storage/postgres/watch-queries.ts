/** What `sitrep watch` asks of a PostgreSQL store: whether a page is stored, and the watchlists. */

import type pg from "pg";
import { StorageError } from "../../core/errors.ts";
import { checkWatchlistName, filterJson, toWatchlist, type WatchlistRow } from "../shared/watchlist-rows.ts";
import type { StoredEvent } from "../../core/model.ts";
import type { Store } from "../store.ts";

type Queryable = Pick<pg.PoolClient, "query">;
export type WatchQueries = Pick<
  Store,
  "hasArticleUrl" | "getEvents" | "addWatchlist" | "listWatchlists" | "removeWatchlist" | "advanceWatchlist"
>;

/** `read` runs a query once the store is connected and migrated (the adapter's own). */
export function postgresWatchQueries(read: <T>(work: (db: Queryable) => Promise<T>) => Promise<T>, location: string): WatchQueries {
  return {
    async hasArticleUrl(url) {
      return read(async (db) => ((await db.query("SELECT 1 FROM articles WHERE url = $1 LIMIT 1", [url])).rowCount ?? 0) > 0);
    },
    async getEvents(ids) {
      return read(async (db) =>
        (await db.query<{ data: string }>("SELECT data FROM events WHERE id = ANY($1::text[])", [ids])).rows.map(
          (r) => JSON.parse(r.data) as StoredEvent,
        ),
      );
    },
    async addWatchlist(name, filter, webhook) {
      const problem = checkWatchlistName(name);
      if (problem) throw new StorageError(problem);
      return read(async (db) => {
        // The cursor starts at the end of the changes feed, read in the same statement as the insert.
        const inserted = await db.query<WatchlistRow>(
          `INSERT INTO watchlists (name, filter, webhook, cursor, created_at)
           SELECT $1, $2, $3, coalesce(max(seq), 0), $4 FROM event_changes ON CONFLICT (name) DO NOTHING RETURNING *`,
          [name, filterJson(filter), webhook, new Date().toISOString()],
        );
        const row = inserted.rows[0];
        if (!row) throw new StorageError(`${location}: a watchlist named "${name}" exists already`);
        return toWatchlist(row);
      });
    },
    async listWatchlists() {
      return read(async (db) => (await db.query<WatchlistRow>('SELECT * FROM watchlists ORDER BY name COLLATE "C"')).rows.map(toWatchlist));
    },
    async removeWatchlist(name) {
      return read(async (db) => ((await db.query("DELETE FROM watchlists WHERE name = $1", [name])).rowCount ?? 0) > 0);
    },
    async advanceWatchlist(name, cursor) {
      await read((db) => db.query("UPDATE watchlists SET cursor = greatest(cursor, $1) WHERE name = $2", [cursor, name]));
    },
  };
}
