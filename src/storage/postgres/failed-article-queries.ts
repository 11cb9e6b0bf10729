/** Articles that could not be read, on PostgreSQL: kept, forgotten once stored, listed (storage/failed-article.ts). */

import { DEFAULT_FAILED_LIMIT, FAILED_SUMMARY_COLUMNS, toFailedArticleSummary, type FailedArticleRow } from "../failed-article.ts";
import type { Store } from "../store.ts";
import type { WriteTransaction } from "../write-transaction.ts";
import { all, one, type Queryable } from "./open-database.ts";

/** The writes, on the connection of the transaction the store holds open. */
export function postgresFailedArticleWrites(db: Queryable): Pick<WriteTransaction, "recordFailedArticle" | "forgetFailedArticle"> {
  return {
    async recordFailedArticle(f) {
      const row = await one<{ attempts: number }>(
        db,
        `INSERT INTO failed_articles (id, source, url, outlet, published, title, format, body, size, content_hash, reason, failed_at, attempts)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 1)
         ON CONFLICT (id) DO UPDATE SET source = excluded.source, url = excluded.url, outlet = excluded.outlet,
           published = excluded.published, title = excluded.title, format = excluded.format, body = excluded.body,
           size = excluded.size, content_hash = excluded.content_hash, reason = excluded.reason,
           failed_at = excluded.failed_at, attempts = failed_articles.attempts + 1
         RETURNING attempts`,
        [f.id, f.source, f.url, f.outlet, f.published, f.title, f.format, f.body, f.size, f.contentHash, f.reason, f.failedAt],
      );
      return row!.attempts;
    },
    async forgetFailedArticle(id, bodyHash) {
      await db.query("DELETE FROM failed_articles WHERE id = $1 OR content_hash = $2", [id, bodyHash]);
    },
  };
}

/** `read` runs a query once the store is connected and migrated (the adapter's own). */
export function postgresFailedArticleQueries(read: <T>(work: (db: Queryable) => Promise<T>) => Promise<T>): Pick<Store, "failedArticles"> {
  return {
    async failedArticles(limit = DEFAULT_FAILED_LIMIT) {
      return read(async (db) =>
        (
          await all<FailedArticleRow>(
            db,
            `SELECT ${FAILED_SUMMARY_COLUMNS} FROM failed_articles ORDER BY failed_at COLLATE "C" DESC, id COLLATE "C" LIMIT $1`,
            [limit],
          )
        ).map(toFailedArticleSummary),
      );
    },
  };
}
