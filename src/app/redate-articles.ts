import type { Article } from "../core/article.ts";
import { StorageError } from "../core/errors.ts";
import type { Extraction } from "../core/model.ts";
import type { Store } from "../storage/store.ts";
import { readArticle } from "./read-article.ts";
import { datingHints } from "./read-models.ts";
import { rewriteReadings } from "./write-readings.ts";

/** How an article is read again: in this thread, or on the reading threads within a budget. */
export type Reread = (article: Article) => Extraction | Promise<Extraction>;

/**
 * Re-reads undated articles whose reference day other sources have just revealed, so that their
 * "on Monday" and "last week" resolve too. Each article is re-read once (by `read`: extraction,
 * unless a caller brings fixed readings or reads on other threads). An article that cannot be
 * re-read stops the others, unless `onArticleError` takes its error: it then keeps its readings
 * and the others go on.
 */
export async function redateArticles(
  store: Store,
  read: Reread = readArticle,
  onArticleError?: (articleId: string, error: Error) => void,
): Promise<void> {
  for (const hint of await datingHints(store)) {
    const article = await store.getArticle(hint.articleId);
    if (!article) continue;
    try {
      await replaceExtraction(
        store,
        article.id,
        await read({ ...article, published: hint.readAgainst, referenceDate: hint.date }),
        hint.date,
      );
    } catch (error) {
      if (!onArticleError) throw error;
      onArticleError(article.id, error instanceof Error ? error : new Error(String(error)));
    }
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
