/**
 * The article queue for scaled-out ingestion: `sitrep ingest --queue` puts articles on it, any
 * number of `sitrep worker` processes on any number of machines take them off, extract them and
 * store them. The queue lives in the same PostgreSQL database as the store (pg-boss, in a schema
 * of its own). A job is taken by one worker at a time; a worker that dies mid-job leaves its job
 * to expire and be retried by another, and since storing an article is one transaction and an
 * article already stored is recognised by its content, nothing is lost and nothing doubled.
 */

import PgBoss from "pg-boss";
import { ArticleNotReadError, failureOfInput, keepFailedArticle } from "../app/failed-articles.ts";
import { ingestArticle } from "../app/ingest-article.ts";
import type { Article, ArticleInput } from "../core/article.ts";
import { StorageError } from "../core/errors.ts";
import { buildArticle } from "../ingest/build-article.ts";
import { ReadingTimeoutError, type ReadingPool } from "../ingest/reading-pool.ts";
import { languageWarning } from "../ingest/detect-language.ts";
import { isPostgresUrl, parsePostgresUrl } from "../storage/database-url.ts";
import type { IngestResult, Store } from "../storage/store.ts";

export const ARTICLE_QUEUE = "sitrep-articles";

/** How long a job may stay taken before it is offered again (a worker died, or hangs). */
const EXPIRE_SECONDS = Number(process.env["SITREP_JOB_EXPIRE_SECONDS"] ?? 300);

/** One queued article and a name for messages (its file, or manifest line). */
export interface ArticleJob {
  name: string;
  input: ArticleInput;
}

/** Opens the queue of the PostgreSQL database `url` names (schema: the store's, suffixed "_queue"). */
export async function openArticleQueue(
  url: string,
  options: { expireInSeconds?: number; checkEverySeconds?: number } = {},
): Promise<PgBoss> {
  if (!isPostgresUrl(url)) throw new StorageError(`${url}: the queue needs a PostgreSQL database (--db postgres://...)`);
  const { connectionString, schema } = parsePostgresUrl(url);
  const expireInSeconds = options.expireInSeconds ?? EXPIRE_SECONDS;
  // Expired jobs (their worker died) are found by pg-boss's maintenance pass: run it often enough.
  const boss = new PgBoss({
    connectionString,
    schema: `${schema}_queue`,
    max: 2,
    maintenanceIntervalSeconds: options.checkEverySeconds ?? Math.min(60, expireInSeconds),
  });
  boss.on("error", (error) => console.error(`queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(ARTICLE_QUEUE, { name: ARTICLE_QUEUE, retryLimit: 3, expireInSeconds });
  return boss;
}

/** Puts articles on the queue; one already waiting with the same name is not queued twice. */
export async function enqueueArticles(boss: PgBoss, jobs: ArticleJob[]): Promise<number> {
  let queued = 0;
  for (const job of jobs) {
    const id = await boss.send(ARTICLE_QUEUE, job, { singletonKey: job.name });
    if (id) queued++;
  }
  return queued;
}

/**
 * Where a worker reads its articles: on these threads, each step (parsing, extracting) within
 * `budgetMs`, so that one article that would take hours is stored as failed and the worker goes on.
 */
export interface WorkerReading {
  pool: ReadingPool;
  budgetMs: number;
}

/**
 * Builds and ingests one queued article; an article out of its time (or whose extraction fails)
 * is kept as failed and answered by an `ArticleNotReadError`.
 */
async function ingestJob(
  store: Store,
  job: ArticleJob,
  reading: WorkerReading | undefined,
  onNew: (article: Article) => void,
): Promise<IngestResult> {
  const source = `queue: ${job.name}`;
  let article: Article;
  if (!reading) article = buildArticle(job.input);
  else {
    try {
      article = await reading.pool.run("build", job.input, reading.budgetMs);
    } catch (error) {
      if (!(error instanceof ReadingTimeoutError)) throw error;
      throw await keepFailedArticle(store, failureOfInput(job.input, source, error.message), error);
    }
  }
  onNew(article);
  const extract = reading ? (a: Article) => reading.pool.run("extract", a, reading.budgetMs) : undefined;
  return ingestArticle(store, article, { source, ...(extract ? { extract } : {}) });
}

/** What a worker did. */
export interface WorkerReport {
  done: Array<{ name: string; result: IngestResult }>;
  failed: Array<{ name: string; error: string }>;
}

/**
 * Takes articles off the queue until stopped (or, with `untilEmpty`, until none is waiting),
 * storing each and re-reading undated articles that others have just dated.
 */
export async function runWorker(
  boss: PgBoss,
  store: Store,
  options: {
    untilEmpty?: boolean;
    pollMs?: number;
    signal?: AbortSignal;
    onJob?: (name: string, result: IngestResult) => void;
    /** An article that failed, as it fails (the report lists it again at the end). */
    onFailed?: (name: string, error: string) => void;
    /** A finding worth telling that does not stop the article (one not in English). */
    onWarning?: (name: string, warning: string) => void;
    /** Read on these threads within a time budget; in this thread, without one, when absent. */
    reading?: WorkerReading;
  } = {},
): Promise<WorkerReport> {
  const report: WorkerReport = { done: [], failed: [] };
  const pollMs = options.pollMs ?? 500;
  while (!options.signal?.aborted) {
    const jobs = await boss.fetch<ArticleJob>(ARTICLE_QUEUE, { batchSize: 1 });
    if (jobs.length === 0) {
      // Done when nothing waits and nothing is being worked on: a job another worker holds may
      // still come back (its worker may have died) and must then be taken here.
      if (options.untilEmpty && (await boss.getQueueSize(ARTICLE_QUEUE, { before: "completed" })) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      continue;
    }
    for (const job of jobs) {
      try {
        const result = await ingestJob(store, job.data, options.reading, (article) => {
          const warning = languageWarning(job.data.name, article.language);
          if (warning) options.onWarning?.(job.data.name, warning);
        });
        await boss.complete(ARTICLE_QUEUE, job.id);
        report.done.push({ name: job.data.name, result });
        options.onJob?.(job.data.name, result);
      } catch (error) {
        const message = (error as Error).message;
        // Kept as failed, the article is done with: it is sent again to be retried, not read again and again by the queue.
        if (error instanceof ArticleNotReadError) await boss.complete(ARTICLE_QUEUE, job.id, { failed: message });
        else await boss.fail(ARTICLE_QUEUE, job.id, { message });
        report.failed.push({ name: job.data.name, error: message });
        options.onFailed?.(job.data.name, message);
      }
    }
  }
  return report;
}
