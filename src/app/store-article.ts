/**
 * Storing an article and what was read from it, inside one write transaction: recognised by its
 * content when stored already, kept beside an article of the same id with other content, then
 * its readings written and merged (`write-readings.ts`).
 */

import type { Article } from "../core/article.ts";
import { StorageError } from "../core/errors.ts";
import type { Extraction } from "../core/model.ts";
import type { IngestResult, Store } from "../storage/store.ts";
import type { WriteTransaction } from "../storage/write-transaction.ts";
import { forgetFailures } from "./failed-articles.ts";
import { writeNewArticle } from "./write-readings.ts";

/** An article and what was read from it, ready to store. */
export interface ExtractedArticle {
  article: Article;
  extraction: Extraction;
}

/** The result for an article whose content is stored already: nothing changes. */
export const alreadyStored = (articleId: string): IngestResult => ({ articleId, stored: false, eventsCreated: 0, eventsUpdated: 0 });

/** Stores one article and merges its events, inside the open transaction `tx` of the store at `location`. */
export async function storeArticle(
  tx: WriteTransaction,
  { article, extraction }: ExtractedArticle,
  location: string,
): Promise<IngestResult> {
  // A failure kept of this article before (a retry that now succeeds) is over either way.
  await forgetFailures(tx, article.id, article);
  const existing = await tx.articleByHash(article.contentHash);
  if (existing) return alreadyStored(existing.id);
  if (await tx.articleById(article.id)) {
    // Same id, new content: keep both, the newer under a suffixed id.
    article = { ...article, id: `${article.id}~${article.contentHash.slice(0, 8)}` };
  }
  if (!(await tx.insertArticle(article))) {
    // Another worker stored the same text while this one read it (the merge lock is taken later).
    const stored = await tx.articleByHash(article.contentHash);
    if (stored) return alreadyStored(stored.id);
    throw new StorageError(`${location}: article "${article.id}" was stored by another worker with other content at the same moment`);
  }
  const { created, updated } = await writeNewArticle(tx, article, extraction, tx.mergeStats);
  return { articleId: article.id, stored: true, eventsCreated: created, eventsUpdated: updated };
}

/**
 * Stores several articles as `storeArticle` does each, in as few transactions as the store can
 * (`Store.writeEach`); an article that fails is answered by its error in its place, and the
 * others are stored.
 */
export function storeArticles(store: Store, items: readonly ExtractedArticle[]): Promise<Array<IngestResult | Error>> {
  return store.writeEach(items, (tx, item) => storeArticle(tx, item, store.location));
}
