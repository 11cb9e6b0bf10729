/**
 * An article from a web address: the page fetched under the fetching rules, its article found by
 * Readability (the whole page read by html-to-text when Readability finds none), and what is known
 * of it taken from the page's metadata first, then from the feed that listed it, then from the
 * address itself.
 */

import type { ArticleInput } from "../core/article.ts";
import type { FetchRules } from "../fetch/fetch-resource.ts";
import { fetchArticlePage } from "./fetch-page.ts";
import { MAX_READABLE_DEPTH, nestsDeeperThan } from "./html-depth.ts";
import { readPageMetadata } from "./page-metadata.ts";
import { parsePage, readableContent } from "./readable-content.ts";

/** What a feed says of an item it lists, used where the page's own metadata is silent. */
export interface FeedHints {
  title?: string | null;
  /** The feed's title: the outlet, when the page does not name its site. */
  outlet?: string | null;
  /** YYYY-MM-DD */
  published?: string | null;
}

/** The host of a URL without "www.", the outlet of last resort. */
export function outletFromHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** The article an HTML page holds, with its title, outlet and publication day (pure: no fetching). */
export function articleFromHtml(html: string, url: string, hints: FeedHints = {}): ArticleInput {
  // Too deep for a DOM and Readability to walk in time: the page is read whole, as text.
  if (nestsDeeperThan(html, MAX_READABLE_DEPTH)) {
    const known = { title: hints.title ?? null, outlet: hints.outlet ?? outletFromHost(url), published: hints.published ?? null };
    return { url, origin: url, body: html, format: "html", ...known };
  }
  const document = parsePage(html);
  const meta = readPageMetadata(document);
  // Readability edits the document: metadata is read first.
  const readable = readableContent(document);
  return {
    url,
    origin: url,
    // The stored HTML is the article Readability found, the HTML the stored text is read from.
    body: readable?.html ?? html,
    format: "html",
    title: meta.title ?? hints.title ?? readable?.title ?? null,
    outlet: meta.siteName ?? hints.outlet ?? outletFromHost(url),
    published: meta.published ?? hints.published ?? null,
  };
}

/** Reads the article of a fetched HTML page: `articleFromHtml`, here or on another thread. */
export type PageReader = (html: string, url: string, hints: FeedHints) => ArticleInput | Promise<ArticleInput>;

/** Fetches the page at `url` and reads its article; throws IngestError naming the URL when it cannot. */
export async function readWebArticle(
  url: string,
  rules: FetchRules = {},
  hints: FeedHints = {},
  readPage: PageReader = articleFromHtml,
): Promise<ArticleInput> {
  const page = await fetchArticlePage(url, rules);
  if (page.format === "html") return readPage(page.body, url, hints);
  return {
    url,
    origin: url,
    body: page.body,
    format: "text",
    title: hints.title ?? null,
    outlet: hints.outlet ?? outletFromHost(url),
    published: hints.published ?? null,
  };
}
