import { Command, InvalidArgumentError } from "commander";
import type { FailedArticleSummary } from "../../storage/failed-article.ts";
import { clip, formatTable } from "./format-table.ts";
import { openExistingStore } from "./open-store.ts";

function parseLimit(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 100_000) throw new InvalidArgumentError(`"${value}" is not a number of articles (1 to 100000)`);
  return n;
}

/** The failed articles as a table: which, when, how often, how large, from where, and why. */
export function failedArticlesTable(failed: readonly FailedArticleSummary[]): string {
  return formatTable(
    ["id", "failed at", "attempts", "size", "source", "reason"],
    failed.map((f) => [f.id, f.failedAt, String(f.attempts), String(f.size), clip(f.source, 40), f.reason]),
  );
}

/** `sitrep articles`: how many articles are stored; with --failed, those sent but not read. */
export function articlesCommand(): Command {
  return new Command("articles")
    .description(
      "count the stored articles; with --failed, list the articles sent but not read (out of their time, or their reading failed)",
    )
    .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)")
    .option("--failed", "list the articles stored as failed, the most recent failure first, with the reason (send one again to retry it)")
    .option("--limit <n>", "list at most this many (default 100)", parseLimit)
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; failed?: boolean; limit?: number; json?: boolean }) => {
      const store = openExistingStore(opts.db);
      try {
        if (opts.failed) {
          const failed = await store.failedArticles(opts.limit);
          if (opts.json) console.log(JSON.stringify(failed, null, 2));
          else if (failed.length === 0) console.log("no failed articles");
          else console.log(failedArticlesTable(failed));
        } else {
          const stored = await store.countArticles();
          const failed = (await store.failedArticles(1)).length > 0;
          if (opts.json) console.log(JSON.stringify({ stored, failed }));
          else console.log(`${stored} article(s) stored${failed ? "; some failed: list them with --failed" : ""}`);
        }
      } finally {
        await store.close();
      }
    });
}
