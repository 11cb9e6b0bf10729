import { Command } from "commander";
import cliProgress from "cli-progress";
import type { IngestError } from "../../core/errors.ts";
import { ingestBatch, itemsFromManifest, itemsFromPaths, type BatchItem } from "../../ingest/ingest-batch.ts";
import { enqueueArticles, openArticleQueue } from "../../queue/article-queue.ts";
import { openStore } from "./open-store.ts";

/** Reads the items and puts them on the queue; a file that cannot be read is reported, the rest queued. */
async function enqueue(items: BatchItem[], errors: IngestError[], db: string): Promise<void> {
  const jobs = [];
  for (const item of items) {
    try {
      jobs.push({ name: item.name, input: item.read() });
    } catch (error) {
      errors.push(error as IngestError);
    }
  }
  const boss = await openArticleQueue(db);
  try {
    const queued = await enqueueArticles(boss, jobs);
    console.log(`queued ${queued} article(s) for the workers of ${db.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")}`);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  for (const e of errors) console.error(`error: ${e.message}`);
  if (errors.length) process.exitCode = 1;
}

/** Batches at least this long get a progress bar (on a terminal only). */
const PROGRESS_MIN = 5;

/** `sitrep ingest`: files, folders and manifests into the store. */
export function ingestCommand(): Command {
  return new Command("ingest")
    .description("read articles (text or HTML files, folders, JSON Lines manifests) and store the events they report")
    .argument("[paths...]", "article files or folders")
    .option("-m, --manifest <file...>", "JSON Lines manifest(s): one {id, file, published, url, outlet, title} a line")
    .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)")
    .option("--queue", "put the articles on the queue of the PostgreSQL --db for `sitrep worker` processes to ingest")
    .action(async (paths: string[], opts: { manifest?: string[]; db?: string; queue?: boolean }) => {
      const items: BatchItem[] = [];
      const errors: IngestError[] = [];
      const fromPaths = itemsFromPaths(paths);
      items.push(...fromPaths.items);
      errors.push(...fromPaths.errors);
      for (const m of opts.manifest ?? []) {
        try {
          const fromManifest = itemsFromManifest(m);
          items.push(...fromManifest.items);
          errors.push(...fromManifest.errors);
        } catch (error) {
          errors.push(error as IngestError);
        }
      }
      if (items.length === 0 && errors.length === 0) {
        throw new Error("nothing to ingest: give article files, folders or --manifest FILE");
      }
      if (opts.queue) {
        await enqueue(items, errors, opts.db ?? process.env["SITREP_DB"] ?? "");
        return;
      }
      const store = openStore(opts.db);
      try {
        const bar =
          process.stderr.isTTY && items.length >= PROGRESS_MIN
            ? new cliProgress.SingleBar(
                { stream: process.stderr, format: "ingesting [{bar}] {value}/{total} articles" },
                cliProgress.Presets.shades_classic,
              )
            : null;
        bar?.start(items.length, 0);
        const report = await ingestBatch(store, items, (done) => bar?.update(done));
        bar?.stop();
        errors.push(...report.errors);
        const stored = report.results.filter((r) => r.result.stored);
        const created = stored.reduce((n, r) => n + r.result.eventsCreated, 0);
        const updated = stored.reduce((n, r) => n + r.result.eventsUpdated, 0);
        const skipped = report.results.length - stored.length;
        console.log(
          `ingested ${stored.length} article(s) into ${store.location}: ${created} new event(s), ${updated} event(s) updated by another report` +
            (skipped ? `; ${skipped} already stored, unchanged` : ""),
        );
        for (const e of errors) console.error(`error: ${e.message}`);
        if (errors.length) {
          console.error(`${errors.length} input(s) failed; the others were ingested`);
          process.exitCode = 1;
        }
      } finally {
        await store.close();
      }
    });
}
