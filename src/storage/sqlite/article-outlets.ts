/** The outlets of many articles in one statement, for exports that name each row's sources (see `Store.articleOutlets`). */

import type Database from "better-sqlite3";
import type { Store } from "../store.ts";

export function sqliteArticleOutlets(db: Database.Database): Store["articleOutlets"] {
  // The ids as one JSON array: any number of them, one statement; only the outlet column is read, never the texts.
  const outlets = db.prepare("SELECT id, outlet FROM articles WHERE id IN (SELECT value FROM json_each(?))");
  return async (ids) => {
    const found = new Map<string, string | null>();
    if (ids.length === 0) return found;
    for (const r of outlets.all(JSON.stringify(ids)) as { id: string; outlet: string | null }[]) found.set(r.id, r.outlet);
    return found;
  };
}
