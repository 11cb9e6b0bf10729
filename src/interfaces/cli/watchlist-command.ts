import { Command, InvalidArgumentError } from "commander";
import { isWebAddress } from "../../ingest/web-item.ts";
import type { Watchlist, WatchlistFilter } from "../../storage/store.ts";
import { countryOption, filterFrom, typeOption } from "./filter-options.ts";
import { formatTable } from "./format-table.ts";
import { openExistingStore, openStore } from "./open-store.ts";

const DB_HELP = "SQLite file or postgres:// URL (default ./sitrep.db, or $SITREP_DB)";

function webhook(value: string): string {
  if (!isWebAddress(value)) throw new InvalidArgumentError(`"${value}" is not an http(s) address`);
  try {
    return new URL(value).href;
  } catch {
    throw new InvalidArgumentError(`"${value}" is not a URL`);
  }
}

/** A filter as options would write it: "country=ML type=armed_clash", "everything" when empty. */
export function describeFilter(filter: WatchlistFilter): string {
  const parts = Object.entries(filter).map(([k, v]) => `${k}=${/\s/.test(String(v)) ? JSON.stringify(v) : v}`);
  return parts.length > 0 ? parts.join(" ") : "everything";
}

function watchlistTable(lists: Watchlist[]): string {
  if (lists.length === 0) return "no watchlists";
  return formatTable(
    ["name", "filter", "webhook", "reported up to change"],
    lists.map((w) => [w.name, describeFilter(w.filter), w.webhook ?? "", String(w.cursor)]),
  );
}

/** `sitrep watchlist add|list|remove`: saved filters whose new events `sitrep watch` reports. */
export function watchlistCommand(): Command {
  const watchlist = new Command("watchlist").description(
    "saved filters (country, type, actor, text) whose new events `sitrep watch` prints and posts to a webhook",
  );
  watchlist
    .command("add")
    .description("save a watchlist; it reports events created or revised from now on")
    .argument("<name>", "its name (letters, digits, . - _)")
    .option("--country <country>", "events in this country: ISO 3166-1 code (ML, MLI) or name (Mali)", countryOption)
    .option(
      "--type <type>",
      'events of this type: an ACLED event type ("Battles"), sub-event ("Armed clash") or slug; several separated by commas',
      typeOption,
    )
    .option("--actor <name>", "events where an actor's name contains this text")
    .option("--text <words>", "events whose source articles hold all these words")
    .option("--webhook <url>", "POST each poll's new matches here as JSON", webhook)
    .option("--db <path>", DB_HELP)
    .action(async (name: string, opts: Record<string, unknown> & { webhook?: string; db?: string }) => {
      const { country, type, types, actor, text } = filterFrom(opts);
      const filter: WatchlistFilter = {
        ...(country && { country }),
        ...(type && { type }),
        ...(types && { types }),
        ...(actor && { actor }),
        ...(text && { text }),
      };
      const store = openStore(opts.db);
      try {
        const added = await store.addWatchlist(name, filter, opts.webhook ?? null);
        console.log(
          `watchlist "${added.name}" saved in ${store.location}: ${describeFilter(added.filter)}` +
            (added.webhook ? `, posted to ${added.webhook}` : "") +
            "; `sitrep watch` reports its new events",
        );
      } finally {
        await store.close();
      }
    });
  watchlist
    .command("list")
    .description("the saved watchlists")
    .option("--db <path>", DB_HELP)
    .option("--json", "print JSON")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const store = openExistingStore(opts.db);
      try {
        const lists = await store.listWatchlists();
        console.log(opts.json ? JSON.stringify(lists, null, 2) : watchlistTable(lists));
      } finally {
        await store.close();
      }
    });
  watchlist
    .command("remove")
    .description("forget a watchlist")
    .argument("<name>", "the watchlist's name")
    .option("--db <path>", DB_HELP)
    .action(async (name: string, opts: { db?: string }) => {
      const store = openExistingStore(opts.db);
      try {
        if (await store.removeWatchlist(name)) console.log(`watchlist "${name}" removed`);
        else {
          console.error(`error: no watchlist named "${name}" in ${store.location}`);
          process.exitCode = 1;
        }
      } finally {
        await store.close();
      }
    });
  return watchlist;
}
