import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { ArticleInput } from "../core/article.ts";
import { IngestError } from "../core/errors.ts";
import { extract } from "../stages/extract.ts";
import type { IngestResult, Store } from "../storage/store.ts";
import { buildArticle } from "./build-article.ts";
import { readManifest } from "./read-manifest.ts";
import { readTextFile } from "./read-text-file.ts";

/** File names a folder walk picks up as articles. */
const ARTICLE_EXTENSIONS = new Set([".txt", ".text", ".html", ".htm", ".md"]);

/** One unit of work in a batch: a way to read an article, named for messages. */
export interface BatchItem {
  name: string;
  read: () => ArticleInput;
}

/** What a batch did, item by item. */
export interface BatchReport {
  results: Array<{ name: string; result: IngestResult }>;
  errors: IngestError[];
}

/** Expands files and folders (recursively, article files only) into batch items; missing paths become errors. */
export function itemsFromPaths(paths: string[]): { items: BatchItem[]; errors: IngestError[] } {
  const items: BatchItem[] = [];
  const errors: IngestError[] = [];
  const walk = (path: string, top: boolean): void => {
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      errors.push(new IngestError("no such file or folder", path));
      return;
    }
    if (isDir) {
      for (const name of readdirSync(path).sort()) {
        if (name.startsWith(".")) continue;
        const child = join(path, name);
        if (statSync(child).isDirectory() || ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) walk(child, false);
      }
      return;
    }
    if (top || ARTICLE_EXTENSIONS.has(extname(path).toLowerCase())) items.push({ name: path, read: () => readTextFile(path) });
  };
  for (const p of paths) walk(p, true);
  return { items, errors };
}

/** Turns the lines of a manifest into batch items; bad lines become errors. */
export function itemsFromManifest(path: string): { items: BatchItem[]; errors: IngestError[] } {
  const items: BatchItem[] = [];
  const errors: IngestError[] = [];
  for (const entry of readManifest(path)) {
    if ("error" in entry) errors.push(entry.error);
    else items.push({ name: `${path}:${entry.line} (${entry.id})`, read: entry.read });
  }
  return { items, errors };
}

/**
 * Re-reads undated articles whose reference day other sources have just revealed, so that their
 * "on Monday" and "last week" resolve too. Each article is re-read once.
 */
export async function redateArticles(store: Store): Promise<void> {
  for (const hint of await store.datingHints()) {
    const article = await store.getArticle(hint.articleId);
    if (!article) continue;
    await store.replaceExtraction(article.id, extract({ ...article, published: hint.date }), hint.date);
  }
}

/**
 * Reads, extracts and stores each item, one transaction per article. A failing item is recorded
 * and the batch goes on.
 */
export async function ingestBatch(store: Store, items: BatchItem[], onProgress?: (done: number) => void): Promise<BatchReport> {
  const report: BatchReport = { results: [], errors: [] };
  let done = 0;
  for (const item of items) {
    try {
      const article = buildArticle(item.read());
      const known = await store.findArticleByHash(article.contentHash);
      const result = known
        ? { articleId: known.id, stored: false, eventsCreated: 0, eventsUpdated: 0 }
        : await store.ingest(article, extract(article));
      report.results.push({ name: item.name, result });
      if (result.stored) await redateArticles(store);
    } catch (error) {
      report.errors.push(
        error instanceof IngestError ? error : new IngestError((error as Error).message, item.name, undefined, { cause: error }),
      );
    }
    onProgress?.(++done);
  }
  return report;
}
