/**
 * Articles that could not be read (their reading ran out of its time budget, or extraction threw)
 * are kept as failed, as they were sent and with the reason (storage/failed-article.ts): nothing
 * sent is lost, they can be listed, and sending one again reads it again.
 */

import { createHash } from "node:crypto";
import type { Article, ArticleInput } from "../core/article.ts";
import { SitrepError } from "../core/errors.ts";
import type { FailedArticle } from "../storage/failed-article.ts";
import type { Store } from "../storage/store.ts";
import type { WriteTransaction } from "../storage/write-transaction.ts";

/** An article stored as failed: its id, why it failed, and how many times it has. */
export class ArticleNotReadError extends SitrepError {
  override name = "ArticleNotReadError";
  constructor(
    readonly articleId: string,
    readonly reason: string,
    readonly attempts: number,
    options?: ErrorOptions,
  ) {
    super(`article "${articleId}" stored as failed: ${reason}`, options);
  }
}

const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** A failure as kept, before it is counted. */
export type FailedArticleRecord = Omit<FailedArticle, "attempts">;

/**
 * An input that could not even be turned into an article (parsing its HTML ran out of time):
 * its id is the one sent, or the one a text would get, the start of the hash of its body.
 */
export function failureOfInput(input: ArticleInput, source: string, reason: string, now = new Date()): FailedArticleRecord {
  const contentHash = sha256(input.body);
  return {
    id: input.id ?? contentHash.slice(0, 16),
    source,
    url: input.url ?? null,
    outlet: input.outlet ?? null,
    published: input.published ?? null,
    title: input.title ?? null,
    format: input.format ?? "text",
    body: input.body,
    size: input.body.length,
    contentHash,
    reason,
    failedAt: now.toISOString(),
  };
}

/** The hash of the body an article was read from: its HTML when it came as HTML, else its text (its content hash). */
export const bodyHashOf = (article: Article): string => (article.html === null ? article.contentHash : sha256(article.html));

/** An article whose extraction could not be done: kept with the body it was read from. */
export function failureOfArticle(article: Article, source: string, reason: string, now = new Date()): FailedArticleRecord {
  const body = article.html ?? article.text;
  return {
    id: article.id,
    source,
    url: article.url,
    outlet: article.outlet,
    published: article.published,
    title: article.title,
    format: article.html === null ? "text" : "html",
    body,
    size: body.length,
    contentHash: bodyHashOf(article),
    reason,
    failedAt: now.toISOString(),
  };
}

/** Keeps the failure in its own transaction; the error to answer with, naming the article and the reason. */
export async function keepFailedArticle(store: Store, failure: FailedArticleRecord, cause?: unknown): Promise<ArticleNotReadError> {
  const attempts = await store.write((tx) => tx.recordFailedArticle(failure));
  return new ArticleNotReadError(failure.id, failure.reason, attempts, cause === undefined ? undefined : { cause });
}

/** Inside the transaction that stores `article` (or finds it stored): its earlier failures are over. */
export function forgetFailures(tx: WriteTransaction, requestedId: string, article: Article): Promise<void> {
  return tx.forgetFailedArticle(requestedId, bodyHashOf(article));
}
