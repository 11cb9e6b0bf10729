/** Articles that could not be read, on SQLite: kept, forgotten once stored, listed (storage/failed-article.ts). */

import type Database from "better-sqlite3";
import { DEFAULT_FAILED_LIMIT, FAILED_SUMMARY_COLUMNS, toFailedArticleSummary, type FailedArticleRow } from "../failed-article.ts";
import type { Store } from "../store.ts";
import type { WriteTransaction } from "../write-transaction.ts";

/** The writes, run inside the transaction the store holds open. */
export function sqliteFailedArticleWrites(db: Database.Database): Pick<WriteTransaction, "recordFailedArticle" | "forgetFailedArticle"> {
  const q = {
    record: db.prepare(
      `INSERT INTO failed_articles (id, source, url, outlet, published, title, format, body, size, content_hash, reason, failed_at, attempts)
       VALUES (@id, @source, @url, @outlet, @published, @title, @format, @body, @size, @contentHash, @reason, @failedAt, 1)
       ON CONFLICT (id) DO UPDATE SET source = excluded.source, url = excluded.url, outlet = excluded.outlet,
         published = excluded.published, title = excluded.title, format = excluded.format, body = excluded.body,
         size = excluded.size, content_hash = excluded.content_hash, reason = excluded.reason,
         failed_at = excluded.failed_at, attempts = failed_articles.attempts + 1
       RETURNING attempts`,
    ),
    forget: db.prepare("DELETE FROM failed_articles WHERE id = ? OR content_hash = ?"),
  };
  return {
    async recordFailedArticle(failed) {
      return (q.record.get(failed) as { attempts: number }).attempts;
    },
    async forgetFailedArticle(id, bodyHash) {
      q.forget.run(id, bodyHash);
    },
  };
}

export function sqliteFailedArticleQueries(db: Database.Database): Pick<Store, "failedArticles"> {
  const recent = db.prepare(`SELECT ${FAILED_SUMMARY_COLUMNS} FROM failed_articles ORDER BY failed_at DESC, id LIMIT ?`);
  return {
    async failedArticles(limit = DEFAULT_FAILED_LIMIT) {
      return (recent.all(limit) as FailedArticleRow[]).map(toFailedArticleSummary);
    },
  };
}
