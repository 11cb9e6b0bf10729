import { Command, InvalidArgumentError } from "commander";
import { UsageError } from "../../core/errors.ts";
import { formatWait, watchFeeds } from "../../feeds/watch-feeds.ts";
import { isWebAddress } from "../../ingest/web-item.ts";
import { openStore } from "./open-store.ts";

/** Ten minutes: news feeds change by the hour, and a site should not see a reader more often than it needs. */
const DEFAULT_INTERVAL_S = 600;

function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0) throw new InvalidArgumentError(`"${value}" is not a number of seconds above 0`);
  return n;
}

/** `sitrep watch`: poll feeds, ingest what they list, report watchlists' new events. */
export function watchCommand(): Command {
  return new Command("watch")
    .description(
      "poll RSS and Atom feeds, ingest the article pages they list (each once), and after each poll print (and post) the new events of every watchlist",
    )
    .argument("[feeds...]", "http(s) addresses of RSS or Atom feeds (none: only report watchlists, of what other processes store)")
    .option("--interval <seconds>", `time between polls of a feed (a failing feed waits longer, doubling)`, seconds, DEFAULT_INTERVAL_S)
    .option("--once", "poll each feed once, report, and stop (exit code 1 when a feed or page failed)")
    .option("--allow-private", "fetch from private, loopback and link-local addresses too (refused by default)")
    .option("--db <path>", "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)")
    .action(async (feeds: string[], opts: { interval: number; once?: boolean; allowPrivate?: boolean; db?: string }) => {
      const notWeb = feeds.filter((f) => !isWebAddress(f));
      if (notWeb.length > 0) throw new UsageError(`${notWeb[0]}: a feed is an http(s) address`);
      const store = openStore(opts.db);
      const stop = new AbortController();
      const onSignal = (signal: string) => {
        console.error(`stopping (${signal}) after the current fetch`);
        stop.abort();
      };
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        const intervalMs = opts.interval * 1000;
        if (!opts.once)
          console.error(`watching ${feeds.length} feed(s) every ${formatWait(intervalMs)} into ${store.location}; Ctrl-C stops`);
        const summary = await watchFeeds(store, feeds, {
          intervalMs,
          once: opts.once ?? false,
          rules: { allowPrivate: opts.allowPrivate ?? false },
          out: (line) => console.log(line),
          err: (line) => console.error(line),
          signal: stop.signal,
        });
        if (opts.once && summary.feedFailures + summary.pageFailures > 0) process.exitCode = 1;
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await store.close();
      }
    });
}
