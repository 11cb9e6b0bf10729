/**
 * The PostgreSQL adapter: the shared store for a team, and the one workers on several machines
 * write to. Same schema and behaviour as the SQLite adapter (the conformance suite runs against
 * both); merging is serialised across processes by a transaction-scoped advisory lock, so two
 * workers never regroup the same reports at once, while extraction runs in parallel outside it.
 *
 *   postgres://user@host:5432/db?schema=NAME   (schema defaults to "sitrep")
 */

import type { MergeStats } from "../merge-repository.ts";
import type { Store } from "../store.ts";
import type { WriteTransaction } from "../write-transaction.ts";
import { postgresListingQueries } from "./listing-queries.ts";
import { openDatabase, type PostgresStoreOptions } from "./open-database.ts";
import { postgresReadQueries } from "./read-queries.ts";
import { postgresTokenQueries } from "./token-queries.ts";
import { postgresWatchQueries } from "./watch-queries.ts";
import { postgresWriteRepository } from "./write-repository.ts";
import { postgresArticleOutlets } from "./article-outlets.ts";
import { postgresFailedArticleQueries, postgresFailedArticleWrites } from "./failed-article-queries.ts";

export { type PostgresStoreOptions } from "./open-database.ts";

/** Advisory lock key (any fixed 32-bit number) for merging; migrating has its own (open-database.ts). */
const MERGE_LOCK = 0x4d455247;

/** A Store on PostgreSQL. Connects and migrates on first use. */
export function createPostgresStore(url: string, options: PostgresStoreOptions = {}): Store {
  const database = openDatabase(url, options);
  const stats: MergeStats = { reports: 0, comparisons: 0, regrouped: 0 };
  /** Lives as long as the store: merging keeps the reports it read under it between transactions (`MergeRepository.cacheScope`). */
  const cacheScope = {};

  /**
   * A write transaction whose merging is serialised across workers by an advisory lock, taken
   * only when the work reaches `enterMerge`, so that what concerns one article alone is written
   * while another worker merges.
   */
  async function inMergeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    const client = await database.connect();
    try {
      await client.query("BEGIN");
      let locked = false;
      const lock = async () => {
        if (locked) return;
        await client.query("SELECT pg_advisory_xact_lock($1)", [MERGE_LOCK]);
        locked = true;
      };
      const result = await work({ ...postgresWriteRepository(client, lock, stats, cacheScope), ...postgresFailedArticleWrites(client) });
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  return {
    location: database.location,
    async write(work) {
      return inMergeTransaction(work);
    },
    // One transaction per item: each takes the merge lock, which a batch would hold throughout.
    async writeEach(items, work) {
      const results: Array<Awaited<ReturnType<typeof work>> | Error> = [];
      for (const item of items) {
        try {
          results.push(await inMergeTransaction((tx) => work(tx, item)));
        } catch (error) {
          results.push(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return results;
    },
    ...postgresReadQueries(database, (db, reportIds) =>
      postgresWriteRepository(db, async () => {}, stats, cacheScope).reviewsOf(reportIds),
    ),
    ...postgresListingQueries(database),
    ...postgresTokenQueries(database),
    ...postgresFailedArticleQueries((work) => database.read(work)),
    articleOutlets: postgresArticleOutlets((work) => database.read(work)),
    mergeStats() {
      return { ...stats };
    },
    ...postgresWatchQueries(database.read, database.location),
    async close() {
      await database.pool.end();
    },
  };
}
