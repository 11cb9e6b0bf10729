import type { FetchRules } from "../fetch/fetch-resource.ts";
import type { Store } from "../storage/store.ts";
import type { BatchItem } from "./batch-items.ts";
import { readWebArticle, type FeedHints } from "./read-web-article.ts";

/** True for an argument that is a web address rather than a file. */
export function isWebAddress(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/**
 * The batch item for a web address, its page fetched and read; null when an article from that
 * address is stored already, so that a page is fetched once however often it is listed. (A page
 * whose address changed but whose text did not is still recognised by its content hash when
 * ingested.) Throws IngestError naming the address when the page cannot be had.
 */
export async function webItem(store: Store, url: string, rules: FetchRules, hints: FeedHints = {}): Promise<BatchItem | null> {
  if (await store.hasArticleUrl(url)) return null;
  const input = await readWebArticle(url, rules, hints);
  return { name: url, read: () => input };
}
