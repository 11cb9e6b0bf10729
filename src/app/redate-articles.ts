import { extract } from "../stages/extract.ts";
import type { Store } from "../storage/store.ts";

/**
 * Re-reads undated articles whose reference day other sources have just revealed, so that their
 * "on Monday" and "last week" resolve too. Each article is re-read once.
 */
export async function redateArticles(store: Store): Promise<void> {
  for (const hint of await store.datingHints()) {
    const article = await store.getArticle(hint.articleId);
    if (!article) continue;
    await store.replaceExtraction(article.id, extract({ ...article, published: hint.readAgainst, referenceDate: hint.date }), hint.date);
  }
}
