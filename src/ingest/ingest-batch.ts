import type { Article, ArticleInput } from "../core/article.ts";
import type { Extraction } from "../core/model.ts";
import { IngestError } from "../core/errors.ts";
import { extract } from "../stages/extract.ts";
import type { IngestResult, Store } from "../storage/store.ts";
import { languageWarning } from "./detect-language.ts";
import { buildArticle } from "./build-article.ts";
import { readManifest, type ManifestEntry, type ManifestOptions } from "./read-manifest.ts";
import { readTextFile } from "./read-text-file.ts";
import { walkArticleFiles } from "./walk-article-files.ts";

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

/** Expands files and folders (recursively, article files only) into batch items; what cannot be read becomes an error. */
export function itemsFromPaths(paths: string[]): { items: BatchItem[]; errors: IngestError[] } {
  const { files, errors } = walkArticleFiles(paths);
  return { items: files.map((path) => ({ name: path, read: () => readTextFile(path) })), errors };
}

/** Turns the lines of a manifest into batch items; bad lines become errors. */
export function itemsFromManifest(path: string, options: ManifestOptions = {}): { items: BatchItem[]; errors: IngestError[] } {
  return itemsFromManifests([path], options);
}

/**
 * Turns the lines of several manifests into one batch's items. A manifest that cannot be read,
 * a bad line, or an id another manifest of the batch uses already becomes an error naming it.
 */
export function itemsFromManifests(paths: readonly string[], options: ManifestOptions = {}): { items: BatchItem[]; errors: IngestError[] } {
  const items: BatchItem[] = [];
  const errors: IngestError[] = [];
  const firstUse = new Map<string, string>();
  for (const path of paths) {
    let entries: ManifestEntry[];
    try {
      entries = readManifest(path, options);
    } catch (error) {
      errors.push(error instanceof IngestError ? error : new IngestError((error as Error).message, path, undefined, { cause: error }));
      continue;
    }
    for (const entry of entries) {
      if ("error" in entry) {
        errors.push(entry.error);
        continue;
      }
      const where = `${path}:${entry.line}`;
      const earlier = firstUse.get(entry.id);
      if (earlier) {
        errors.push(new IngestError(`id "${entry.id}" is used already at ${earlier} (give each article its own id)`, path, entry.line));
        continue;
      }
      firstUse.set(entry.id, where);
      items.push({ name: `${where} (${entry.id})`, read: entry.read });
    }
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
