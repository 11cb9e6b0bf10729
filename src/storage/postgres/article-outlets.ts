/** The outlets of many articles in one query, for exports that name each row's sources (see `Store.articleOutlets`). */

import type pg from "pg";
import type { Store } from "../store.ts";

type Queryable = Pick<pg.PoolClient, "query">;

/** `read` runs a query once the store is connected and migrated (the adapter's own). */
export function postgresArticleOutlets(read: <T>(work: (db: Queryable) => Promise<T>) => Promise<T>): Store["articleOutlets"] {
  return async (ids) => {
    const found = new Map<string, string | null>();
    if (ids.length === 0) return found;
    // Only the outlet column is read, never the texts.
    const rows = await read(
      async (db) =>
        (await db.query<{ id: string; outlet: string | null }>("SELECT id, outlet FROM articles WHERE id = ANY($1::text[])", [[...ids]]))
          .rows,
    );
    for (const r of rows) found.set(r.id, r.outlet);
    return found;
  };
}
