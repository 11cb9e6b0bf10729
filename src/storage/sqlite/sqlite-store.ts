/**
 * The SQLite adapter: one file, WAL, one write transaction at a time. The statements live with
 * what they serve: writing (`write-repository.ts`), reading (`read-queries.ts`), listings and
 * counts (`listing-queries.ts`), tokens and watchlists; this file opens the database and the
 * transactions.
 */

import type Database from "better-sqlite3";
import type { MergeStats } from "../merge-repository.ts";
import type { Store } from "../store.ts";
import type { WriteTransaction } from "../write-transaction.ts";
import { eventSearchIndex } from "./event-search-index.ts";
import { sqliteListingQueries } from "./listing-queries.ts";
import { openDatabase, type OpenOptions } from "./open-database.ts";
import { sqliteReadQueries } from "./read-queries.ts";
import { sqliteTokenQueries } from "./token-queries.ts";
import { sqliteWatchQueries } from "./watch-queries.ts";
import { sqliteWriteRepository } from "./write-repository.ts";
import { sqliteArticleOutlets } from "./article-outlets.ts";
import { BlockCache } from "./block-cache.ts";
import { sqliteFailedArticleQueries, sqliteFailedArticleWrites } from "./failed-article-queries.ts";

/** A Store in the SQLite file `file`, created unless `options` say otherwise. */
export function createSqliteStore(file: string, options: OpenOptions = {}): Store {
  const db: Database.Database = openDatabase(file, options);
  const search = eventSearchIndex(db);
  const stats: MergeStats = { reports: 0, comparisons: 0, regrouped: 0 };
  const blocks = new BlockCache(db);
  /** The writers' view of this database (synchronous underneath, inside the open transaction). */
  const repository: WriteTransaction = { ...sqliteWriteRepository(db, search, stats, blocks), ...sqliteFailedArticleWrites(db) };

  /** Runs `work` in one write transaction; undone entirely if it throws. */
  async function inTransaction<T>(work: () => Promise<T>): Promise<T> {
    db.exec("BEGIN IMMEDIATE");
    try {
      blocks.checkOthersWrites();
      const result = await work();
      db.exec("COMMIT");
      return result;
    } catch (error) {
      blocks.clear();
      if (db.inTransaction) db.exec("ROLLBACK");
      throw error;
    }
  }

  /** One write at a time: the engine awaits between statements, so transactions must not interleave. */
  let queue: Promise<unknown> = Promise.resolve();
  function serialised<T>(work: () => Promise<T>): Promise<T> {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Several items in one transaction, each inside a savepoint: one that fails is undone alone
   * and answered by its error. A commit per article costs more than merging one on a busy disk
   * (the WAL write, the full-text indexes' flush), so a batch commits once.
   */
  const writeSeveral = <I, T>(items: readonly I[], work: (tx: WriteTransaction, item: I) => Promise<T>): Promise<Array<T | Error>> =>
    inTransaction(async () => {
      const results: Array<T | Error> = [];
      for (const item of items) {
        db.exec("SAVEPOINT item");
        try {
          results.push(await work(repository, item));
          db.exec("RELEASE item");
        } catch (error) {
          blocks.clear();
          db.exec("ROLLBACK TO item");
          db.exec("RELEASE item");
          results.push(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return results;
    });

  return {
    location: file,
    async write(work) {
      return serialised(() => inTransaction(() => work(repository)));
    },
    async writeEach(items, work) {
      return serialised(() => writeSeveral(items, work));
    },
    ...sqliteReadQueries(db, (reportIds) => repository.reviewsOf(reportIds)),
    articleOutlets: sqliteArticleOutlets(db),
    ...sqliteListingQueries(db, search),
    ...sqliteFailedArticleQueries(db),
    ...sqliteTokenQueries(db, file),
    mergeStats() {
      return { ...stats };
    },
    ...sqliteWatchQueries(db, file),
    async close() {
      db.close();
    },
  };
}
