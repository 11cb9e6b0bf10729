import type { Article } from "../core/article.ts";
import { IngestError } from "../core/errors.ts";
import { buildArticle } from "../ingest/build-article.ts";
import type { BatchItem } from "../ingest/batch-items.ts";
import { languageWarning } from "../ingest/detect-language.ts";
import type { IngestResult, Store } from "../storage/store.ts";
import { ingestArticles } from "./ingest-article.ts";

/** What a batch did, item by item. */
export interface BatchReport {
  results: Array<{ name: string; result: IngestResult }>;
  errors: IngestError[];
  /** Stored articles Sitrep cannot read: not in English ("article X looks French: Sitrep reads English only"). */
  warnings: string[];
}

/** Articles stored per transaction: commits are amortised, and another writer waits a moment at most. */
export const ARTICLES_PER_COMMIT = 16;

/**
 * Reads each item and ingests the articles a few per transaction (`ingestArticles`). A
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
    const built: Array<{ slot: number; article: Article }> = [];
    for (const item of chunk) {
      try {
        built.push({ slot: outcomes.length, article: buildArticle(item.read()) });
        outcomes.push({ name: item.name });
      } catch (error) {
        outcomes.push({ name: item.name, error: asIngestError(error, item.name) });
      }
    }
    const nameOf = new Map(built.map(({ slot, article }) => [article, outcomes[slot]!.name]));
    const { results, redatingError } = await ingestArticles(
      store,
      built.map((b) => b.article),
      {
        source: (article) => nameOf.get(article)!,
        onNew: (article) => {
          const warning = languageWarning(nameOf.get(article)!, article.language);
          if (warning) report.warnings.push(warning);
        },
      },
    );
    results.forEach((r, i) => {
      const outcome = outcomes[built[i]!.slot]!;
      if (r instanceof Error) outcome.error = asIngestError(r, outcome.name);
      else outcome.result = r;
    });
    for (const outcome of outcomes) {
      if (outcome.result) report.results.push({ name: outcome.name, result: outcome.result });
      if (outcome.error) report.errors.push(outcome.error);
      onProgress?.(++done);
    }
    if (redatingError) report.errors.push(asIngestError(redatingError, chunk[chunk.length - 1]!.name));
  }
  return report;
}
