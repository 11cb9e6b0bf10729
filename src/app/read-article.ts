/**
 * Reading an article into what it tells (extraction: mentions, events, claims, quotes, links,
 * references, actor relations), the one way the program does it besides `sitrep extract`, which
 * prints a reading and stores nothing. Ingesting and re-dating read through it, and so do the
 * API's reading workers (ingest/reading-tasks.ts), which run it off the request thread.
 */

import type { Article } from "../core/article.ts";
import type { Extraction } from "../core/model.ts";
import { extract } from "../stages/extract.ts";

/** What one article yields: pure, no I/O. */
export function readArticle(article: Article): Extraction {
  return extract(article);
}
