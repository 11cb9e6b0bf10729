import { Command } from "commander";
import { createReadingPool } from "../../ingest/reading-pool.ts";
import { openArticleQueue, runWorker } from "../../queue/article-queue.ts";
import { logArticleIngested } from "../logging/ingest-log.ts";
import { createLogger } from "../logging/logger.ts";
import { loadSettings } from "../settings/load-settings.ts";
import { openStore } from "./open-store.ts";
import { parseSeconds } from "./serve-command.ts";
import { withSettingsOptions } from "./settings-options.ts";

/** `sitrep worker`: ingest articles from the queue of a PostgreSQL store, as many at once as machines run. */
export function workerCommand(): Command {
  const command = new Command("worker")
    .description("take articles off the queue of a PostgreSQL store and ingest them (run any number, on any machines)")
    .option("--db <url>", "postgres:// URL of the store and its queue (default $SITREP_DB, or the config file's db)")
    .option("--until-empty", "stop once no article is waiting")
    .option(
      "--reading-budget <seconds>",
      "seconds allowed to each step of reading an article; one out of its time is stored as failed (default 30, or $SITREP_READING_BUDGET)",
      parseSeconds,
    );
  return withSettingsOptions(command, "info").action(
    async (flags: { db?: string; untilEmpty?: boolean; readingBudget?: number; config?: string; logLevel?: string }) => {
      const settings = loadSettings({ flags });
      const logger = createLogger({ level: settings.logLevel });
      const boss = await openArticleQueue(settings.db);
      const store = openStore(settings.db);
      // Each article is read on a thread of its own within the budget: one that never ends is stored as failed.
      const pool = createReadingPool();
      const stop = new AbortController();
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());
      logger.info({ store: store.location }, "worker started");
      try {
        const report = await runWorker(boss, store, {
          untilEmpty: flags.untilEmpty ?? false,
          signal: stop.signal,
          reading: { pool, budgetMs: settings.readingBudget * 1000 },
          onJob: (name, result) => {
            console.log(
              `${name}: ${result.stored ? `${result.eventsCreated} new event(s), ${result.eventsUpdated} updated` : "already stored"}`,
            );
            logArticleIngested(logger, name, result);
          },
          onWarning: (name, warning) => logger.warn({ input: name }, warning),
          onFailed: (name, error) => logger.error({ input: name, error }, "article failed"),
        });
        for (const f of report.failed) console.error(`error: ${f.name}: ${f.error}`);
        console.log(`worker done: ${report.done.length} article(s) ingested, ${report.failed.length} failed`);
        logger.info({ ingested: report.done.length, failed: report.failed.length }, "worker stopped");
        if (report.failed.length) process.exitCode = 1;
      } finally {
        await boss.stop({ graceful: true, wait: true });
        await pool.close();
        await store.close();
      }
    },
  );
}
