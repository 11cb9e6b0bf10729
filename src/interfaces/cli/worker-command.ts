import { Command } from "commander";
import { openArticleQueue, runWorker } from "../../queue/article-queue.ts";
import { openStore } from "./open-store.ts";

/** `sitrep worker`: ingest articles from the queue of a PostgreSQL store, as many at once as machines run. */
export function workerCommand(): Command {
  return new Command("worker")
    .description("take articles off the queue of a PostgreSQL store and ingest them (run any number, on any machines)")
    .option("--db <url>", "postgres:// URL of the store and its queue (default $SITREP_DB)")
    .option("--until-empty", "stop once no article is waiting")
    .action(async (opts: { db?: string; untilEmpty?: boolean }) => {
      const db = opts.db ?? process.env["SITREP_DB"] ?? "";
      const boss = await openArticleQueue(db);
      const store = openStore(db);
      const stop = new AbortController();
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop.abort());
      try {
        const report = await runWorker(boss, store, {
          untilEmpty: opts.untilEmpty ?? false,
          signal: stop.signal,
          onJob: (name, result) =>
            console.log(
              `${name}: ${result.stored ? `${result.eventsCreated} new event(s), ${result.eventsUpdated} updated` : "already stored"}`,
            ),
        });
        for (const f of report.failed) console.error(`error: ${f.name}: ${f.error}`);
        console.log(`worker done: ${report.done.length} article(s) ingested, ${report.failed.length} failed`);
        if (report.failed.length) process.exitCode = 1;
      } finally {
        await boss.stop({ graceful: true, wait: true });
        await store.close();
      }
    });
}
