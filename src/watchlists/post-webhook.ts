import { exportEvent } from "../export/export-json.ts";
import { fetchResource, type FetchRules } from "../fetch/fetch-resource.ts";
import type { Watchlist } from "../storage/store.ts";
import type { WatchlistMatch } from "./new-matches.ts";

/** A webhook should answer at once; one that does not must not hold up the next poll for long. */
const WEBHOOK_TIMEOUT_MS = 10_000;

/** The JSON a webhook receives: the watchlist, and each match as the export writes events, with its kind of change. */
export function webhookBody(watchlist: Watchlist, matches: WatchlistMatch[]): string {
  return JSON.stringify({
    watchlist: watchlist.name,
    filter: watchlist.filter,
    events: matches.map((m) => ({ change: m.change, ...exportEvent(m.event) })),
  });
}

/**
 * POSTs the matches to the watchlist's webhook under the fetching rules (a redirect is not
 * followed: a POST that moved is an error to fix, not to guess at). Throws an error naming the
 * webhook's URL when it does not answer 2xx in time.
 */
export async function postWebhook(watchlist: Watchlist & { webhook: string }, matches: WatchlistMatch[], rules: FetchRules): Promise<void> {
  await fetchResource(
    watchlist.webhook,
    { method: "POST", json: webhookBody(watchlist, matches) },
    {
      ...rules,
      timeoutMs: Math.min(rules.timeoutMs ?? WEBHOOK_TIMEOUT_MS, WEBHOOK_TIMEOUT_MS),
      // Only the answer is read: a webhook says little.
      maxBytes: 64 * 1024,
    },
  );
}
