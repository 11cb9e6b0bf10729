import type { ArticleInput } from "../core/article.ts";
import { IngestError } from "../core/errors.ts";
import { readManifest, type ManifestEntry, type ManifestOptions } from "./read-manifest.ts";
import { readTextFile } from "./read-text-file.ts";
import { walkArticleFiles } from "./walk-article-files.ts";

/** One unit of work in a batch: a way to read an article, named for messages. */
export interface BatchItem {
  name: string;
  read: () => ArticleInput;
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
