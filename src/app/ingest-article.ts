/**
 * The one path from an article to the store, whoever brings it (the command line's batch, the
 * HTTP API, a queue worker, a feed): the content hash first, so that an article already stored is
 * not read again; then extraction; then the store writes and merges it in one transaction; then
 * the undated articles other sources have just dated are read again.
 */

import type { Article } from "../core/article.ts";
import type { Extraction } from "../core/model.ts";
import type { IngestResult, Store } from "../storage/store.ts";
import { failureOfArticle, keepFailedArticle } from "./failed-articles.ts";
import { readArticle } from "./read-article.ts";
import { redateArticles } from "./redate-articles.ts";
import { alreadyStored, storeArticles } from "./store-article.ts";

/** How articles are read: in this thread by default; the API server and queue workers read on worker threads, each within a budget. */
export interface IngestOptions {
  extract?: (article: Article) => Extraction | Promise<Extraction>;
  /** Where an article came from, kept with one that fails (default "ingest"). */
  source?: string | ((article: Article) => string);
  /**
   * False when the caller re-dates the undated articles itself (the API server does it in the
   * background, `background-redating.ts`, so that no request waits on it). Default true.
   */
  redate?: boolean;
  /** Called with each article not stored yet, before it is read (to warn of one not in English). */
  onNew?: (article: Article) => void;
}

/** What ingesting several articles did: each article's result or error, in order, and an error re-dating the undated. */
export interface IngestOutcome {
  results: Array<IngestResult | Error>;
  /** Re-reading the undated articles failed (the articles themselves are stored). */
  redatingError: Error | null;
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Ingests several articles in as few store transactions as the store can (`storeArticles`):
 * an article that fails (its extraction, its writing) is answered by its error in its place and
 * the others are stored; one whose extraction failed (threw, or ran out of its time) is kept as
 * failed with the reason (`failed-articles.ts`) and answered by an `ArticleNotReadError`. The
 * undated are re-dated once, after all of them.
 */
export async function ingestArticles(store: Store, articles: readonly Article[], options: IngestOptions = {}): Promise<IngestOutcome> {
  const read = options.extract ?? readArticle;
  const results: Array<IngestResult | Error | null> = [];
  const toStore: Array<{ slot: number; article: Article; extraction: Extraction }> = [];
  for (const article of articles) {
    try {
      // Extraction is the costly part: skip it when the content is already stored (the store checks again, atomically).
      const known = await store.findArticleByHash(article.contentHash);
      if (known) results.push(alreadyStored(known.id));
      else {
        options.onNew?.(article);
        let extraction: Extraction;
        try {
          extraction = await read(article);
        } catch (error) {
          const source = typeof options.source === "function" ? options.source(article) : (options.source ?? "ingest");
          const failure = failureOfArticle(article, source, asError(error).message);
          results.push(await keepFailedArticle(store, failure, error));
          continue;
        }
        toStore.push({ slot: results.length, article, extraction });
        results.push(null);
      }
    } catch (error) {
      results.push(asError(error));
    }
  }
  if (toStore.length > 0) {
    try {
      const stored = await storeArticles(store, toStore);
      stored.forEach((result, i) => (results[toStore[i]!.slot] = result));
    } catch (error) {
      // The whole transaction failed (the disk, the database): none of these articles is stored.
      for (const { slot } of toStore) results[slot] = asError(error);
    }
  }
  // Every slot is filled now: by the hash check, an error, or the store's answer.
  const done = results as Array<IngestResult | Error>;
  let redatingError: Error | null = null;
  if (options.redate !== false && done.some((r) => !(r instanceof Error) && r.stored)) {
    try {
      // Read again the way the articles were read (on the reading threads, within the budget, when they were).
      await redateArticles(store, read);
    } catch (error) {
      redatingError = asError(error);
    }
  }
  return { results: done, redatingError };
}

/** Ingests one article (see `ingestArticles`); throws what failed, its own error or the re-dating's. */
export async function ingestArticle(store: Store, article: Article, options: IngestOptions = {}): Promise<IngestResult> {
  const { results, redatingError } = await ingestArticles(store, [article], options);
  const result = results[0]!;
  if (result instanceof Error) throw result;
  if (redatingError) throw redatingError;
  return result;
}
