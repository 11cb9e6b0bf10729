/**
 * After each poll: every watchlist's new matches printed, POSTed to its webhook when it has one,
 * and its cursor moved past them. A webhook that fails is reported and not retried (the matches
 * were printed; the next poll reports what is new then), so one bad endpoint never stops the watch.
 */

import type { FetchRules } from "../fetch/fetch-resource.ts";
import type { Store } from "../storage/store.ts";
import { formatMatch } from "./format-match.ts";
import { newMatches } from "./new-matches.ts";
import { postWebhook } from "./post-webhook.ts";

export interface ReportOptions {
  out: (line: string) => void;
  err: (line: string) => void;
  /** The fetching rules for webhooks (their time-out defaults shorter than a page's). */
  rules: FetchRules;
}

/** Reports every watchlist's new matches; returns how many were reported in all. */
export async function reportWatchlists(store: Store, options: ReportOptions): Promise<number> {
  let reported = 0;
  for (const watchlist of await store.listWatchlists()) {
    const { matches, cursor } = await newMatches(store, watchlist);
    for (const match of matches) options.out(formatMatch(watchlist.name, match));
    if (matches.length > 0 && watchlist.webhook) {
      try {
        await postWebhook({ ...watchlist, webhook: watchlist.webhook }, matches, options.rules);
      } catch (error) {
        options.err(`error: watchlist ${watchlist.name}: webhook ${(error as Error).message}`);
      }
    }
    if (cursor !== watchlist.cursor) await store.advanceWatchlist(watchlist.name, cursor);
    reported += matches.length;
  }
  return reported;
}
