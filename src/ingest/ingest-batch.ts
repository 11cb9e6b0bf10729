import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Article, ArticleInput } from "../core/article.ts";
import type { Extraction } from "../core/model.ts";
import { IngestError } from "../core/errors.ts";
import { extract } from "../stages/extract.ts";
import type { IngestResult, Store } from "../storage/store.ts";
import { languageWarning } from "./detect-language.ts";
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
  /** Stored articles Sitrep cannot read: not in English ("article X looks French: Sitrep reads English only"). */
  warnings: string[];
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

/** Articles stored per transaction: commits are amortised, and another writer waits a moment at most. */
export const ARTICLES_PER_COMMIT = 16;

/**
 * Reads, extracts and stores each item, a few articles per transaction (`Store.ingestMany`). A
 * failing item is recorded and the batch goes on; an item is reported done once it is committed.
 */
export async function ingestBatch(store: Store, items: BatchItem[], onProgress?: (done: number) => void): Promise<BatchReport> {
  const report: BatchReport = { results: [], errors: [], warnings: [] };
  let done = 0;
  const asIngestError = (error: unknown, name: string) =>
    error instanceof IngestError ? error : new IngestError((error as Error).message, name, undefined, { cause: error });
  for (let start = 0; start < items.length; start += ARTICLES_PER_COMMIT) {
    const chunk = items.slice(start, start + ARTICLES_PER_COMMIT);
    const outcomes: Array<{ name: string; result?: IngestResult; error?: IngestError }> = [];
    const toStore: Array<{ slot: number; article: Article; extraction: Extraction }> = [];
    for (const item of chunk) {
      try {
        const article = buildArticle(item.read());
        const known = await store.findArticleByHash(article.contentHash);
        if (known) outcomes.push({ name: item.name, result: { articleId: known.id, stored: false, eventsCreated: 0, eventsUpdated: 0 } });
        else {
          const warning = languageWarning(item.name, article.language);
          if (warning) report.warnings.push(warning);
          toStore.push({ slot: outcomes.length, article, extraction: extract(article) });
          outcomes.push({ name: item.name });
        }
      } catch (error) {
        outcomes.push({ name: item.name, error: asIngestError(error, item.name) });
      }
    }
    if (toStore.length > 0) {
      try {
        const stored = await store.ingestMany(toStore);
        stored.forEach((r, i) => {
          const slot = outcomes[toStore[i]!.slot]!;
          if (r instanceof Error) slot.error = asIngestError(r, slot.name);
          else slot.result = r;
        });
      } catch (error) {
        // The whole transaction failed (the disk, the database): none of these articles is stored.
        for (const { slot } of toStore) outcomes[slot]!.error = asIngestError(error, outcomes[slot]!.name);
      }
    }
    for (const outcome of outcomes) {
      if (outcome.result) report.results.push({ name: outcome.name, result: outcome.result });
      if (outcome.error) report.errors.push(outcome.error);
      onProgress?.(++done);
    }
    if (outcomes.some((o) => o.result?.stored)) {
      try {
        await redateArticles(store);
      } catch (error) {
        report.errors.push(asIngestError(error, chunk[chunk.length - 1]!.name));
      }
    }
  }
  return report;
}
