import { Command } from "commander";
import cliProgress from "cli-progress";
import { IngestError } from "../../core/errors.ts";
import type { FetchRules } from "../../fetch/fetch-resource.ts";
import { ingestBatch, type BatchReport } from "../../app/ingest-batch.ts";
import { itemsFromManifests, itemsFromPaths, type BatchItem } from "../../ingest/batch-items.ts";
import { readWebArticle } from "../../ingest/read-web-article.ts";
import { isWebAddress, webItem } from "../../ingest/web-item.ts";
import type { Store } from "../../storage/store.ts";
import { enqueueArticles, openArticleQueue } from "../../queue/article-queue.ts";
import { logArticleIngested } from "../logging/ingest-log.ts";
import { createLogger, type Logger } from "../logging/logger.ts";
import { loadSettings } from "../settings/load-settings.ts";
import { openStore } from "./open-store.ts";
import { withSettingsOptions } from "./settings-options.ts";

/** Reads the items and puts them on the queue; a file that cannot be read is reported, the rest queued. */
async function enqueue(items: BatchItem[], errors: IngestError[], db: string, logger: Logger): Promise<void> {
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
    logger.info({ queued }, "articles queued");
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  for (const e of errors) console.error(`error: ${e.message}`);
  for (const e of errors) logger.error({ input: e.input, line: e.line }, e.message);
  if (errors.length) process.exitCode = 1;
}

/** The ingest log of a batch: a line per article stored or recognised, per warning and per failure. */
function logBatch(logger: Logger, results: BatchReport["results"], warnings: string[], errors: IngestError[]): void {
  for (const { name, result } of results) {
    logArticleIngested(logger, name, result);
  }
  for (const w of warnings) logger.warn(w);
  for (const e of errors) logger.error({ input: e.input, line: e.line }, e.message);
}

/** An error as an IngestError naming `input` (those thrown on purpose already do). */
function namingInput(error: unknown, input: string): IngestError {
  return error instanceof IngestError ? error : new IngestError((error as Error).message, input, undefined, { cause: error });
}

/**
 * The pages at these addresses as batch items, fetched one after another; with a store, an
 * address whose article is stored already is not fetched again (counted in `known`).
 */
async function itemsFromAddresses(urls: string[], store: Store | null, rules: FetchRules) {
  const items: BatchItem[] = [];
  const errors: IngestError[] = [];
  let known = 0;
  for (const url of urls) {
    try {
      let item: BatchItem | null;
      if (store) item = await webItem(store, url, rules);
      else {
        const input = await readWebArticle(url, rules);
        item = { name: url, read: () => input };
      }
      if (item) items.push(item);
      else known++;
    } catch (error) {
      errors.push(namingInput(error, url));
    }
  }
  return { items, errors, known };
}

/** Batches at least this long get a progress bar (on a terminal only). */
const PROGRESS_MIN = 5;

/** `sitrep ingest`: files, folders and manifests into the store. */
export function ingestCommand(): Command {
  const command = new Command("ingest")
    .description("read articles (text or HTML files, folders, JSON Lines manifests, web pages) and store the events they report")
    .argument("[paths...]", "article files or folders, or http(s) addresses of article pages")
    .option("-m, --manifest <file...>", "JSON Lines manifest(s): one {id, file, published, url, outlet, title} a line")
    .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)")
    .option("--queue", "put the articles on the queue of the PostgreSQL --db for `sitrep worker` processes to ingest")
    .option("--allow-private", "fetch web pages from private, loopback and link-local addresses too (refused by default)")
    .option(
      "--allow-outside-files",
      "let manifests name files outside their folder by ../ paths (refused by default; absolute paths are read)",
    );
  // The messages printed here are the command's output; the log (off unless a level is set) is for a team's log collector.
  return withSettingsOptions(command, "silent").action(
    async (
      args: string[],
      opts: {
        manifest?: string[];
        db?: string;
        queue?: boolean;
        allowPrivate?: boolean;
        allowOutsideFiles?: boolean;
        config?: string;
        logLevel?: string;
      },
    ) => {
      const settings = loadSettings({
        flags: { db: opts.db, allowPrivate: opts.allowPrivate, config: opts.config, logLevel: opts.logLevel },
        defaults: { logLevel: "silent" },
      });
      const logger = createLogger({ level: settings.logLevel });
      const items: BatchItem[] = [];
      const errors: IngestError[] = [];
      const urls = args.filter(isWebAddress);
      const paths = args.filter((a) => !isWebAddress(a));
      const rules: FetchRules = { allowPrivate: settings.allowPrivate };
      const fromPaths = itemsFromPaths(paths);
      items.push(...fromPaths.items);
      errors.push(...fromPaths.errors);
      const fromManifests = itemsFromManifests(opts.manifest ?? [], { allowOutside: opts.allowOutsideFiles ?? false });
      items.push(...fromManifests.items);
      errors.push(...fromManifests.errors);
      if (items.length === 0 && errors.length === 0 && urls.length === 0) {
        throw new Error("nothing to ingest: give article files, folders, web addresses or --manifest FILE");
      }
      if (opts.queue) {
        // The workers recognise a page already stored by its content.
        const fromWeb = await itemsFromAddresses(urls, null, rules);
        await enqueue([...items, ...fromWeb.items], [...errors, ...fromWeb.errors], settings.db, logger);
        return;
      }
      const store = openStore(settings.db);
      try {
        const fromWeb = await itemsFromAddresses(urls, store, rules);
        items.push(...fromWeb.items);
        errors.push(...fromWeb.errors);
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
        const skipped = report.results.length - stored.length + fromWeb.known;
        console.log(
          `ingested ${stored.length} article(s) into ${store.location}: ${created} new event(s), ${updated} event(s) updated by another report` +
            (skipped ? `; ${skipped} already stored, unchanged` : ""),
        );
        for (const w of report.warnings) console.error(`warning: ${w}`);
        for (const e of errors) console.error(`error: ${e.message}`);
        logBatch(logger, report.results, report.warnings, errors);
        if (errors.length) {
          console.error(`${errors.length} input(s) failed; the others were ingested`);
          process.exitCode = 1;
        }
      } finally {
        await store.close();
      }
    },
  );
}
