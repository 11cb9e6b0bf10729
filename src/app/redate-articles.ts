import type { Article } from "../core/article.ts";
import { StorageError } from "../core/errors.ts";
import type { Extraction } from "../core/model.ts";
import type { Store } from "../storage/store.ts";
import { readArticle } from "./read-article.ts";
import { datingHints } from "./read-models.ts";
import { rewriteReadings } from "./write-readings.ts";

/**
 * Re-reads undated articles whose reference day other sources have just revealed, so that their
 * "on Monday" and "last week" resolve too. Each article is re-read once (by `read`: extraction,
 * unless a caller brings fixed readings).
 */
export async function redateArticles(store: Store, read: (article: Article) => Extraction = readArticle): Promise<void> {
  for (const hint of await datingHints(store)) {
    const article = await store.getArticle(hint.articleId);
    if (!article) continue;
    await replaceExtraction(store, article.id, read({ ...article, published: hint.readAgainst, referenceDate: hint.date }), hint.date);
  }
}

/**
 * Replaces an article's extraction with one read against `referenceDate`, merging anew, in one
 * transaction. Throws StorageError when no article has that id.
 */
export async function replaceExtraction(store: Store, articleId: string, extraction: Extraction, referenceDate: string): Promise<void> {
  await store.write(async (tx) => {
    const article = await tx.articleById(articleId);
    if (!article) throw new StorageError(`${store.location}: no article "${articleId}" to re-read`);
    await rewriteReadings(tx, article, extraction, referenceDate, tx.mergeStats);
  });
}
