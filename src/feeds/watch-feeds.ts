/**
 * `sitrep watch`: poll feeds on an interval, each at its own pace (a failing feed backs off, see
 * feed-schedule.ts), ingest what they list, and after each poll report the watchlists' new
 * matches. A feed that fails is reported, naming its URL and the reason, and retried later; the
 * others go on.
 */

import { setTimeout as sleep } from "node:timers/promises";
import type { FetchRules } from "../fetch/fetch-resource.ts";
import type { Store } from "../storage/store.ts";
import { reportWatchlists } from "../watchlists/report-watchlists.ts";
import { DEFAULT_BACKOFF_CEILING_MS, FeedSchedule, PageRetries } from "./feed-schedule.ts";
import { pollFeed, type FeedPoll } from "./poll-feed.ts";

export interface WatchOptions {
  intervalMs: number;
  /** Poll each feed once, report, and stop. */
  once?: boolean;
  /** Fetching rules for feeds, pages and webhooks. */
  rules: FetchRules;
  /** Longest wait before retrying a failing feed (default six hours). */
  backoffCeilingMs?: number;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Stops the watch (between polls, or while it waits for the next). */
  signal?: AbortSignal;
}

/** The longest a Node timer waits (about 24 days); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What a watch did, for its exit code and for tests. */
export interface WatchSummary {
  polls: number;
  feedFailures: number;
  pageFailures: number;
  matchesReported: number;
}

/** The one line a poll prints. */
function describePoll(p: FeedPoll): string {
  return (
    `feed ${p.feed}: ${p.items} item(s); ${p.stored} new article(s) stored (${p.eventsCreated} new event(s), ` +
    `${p.eventsUpdated} updated), ${p.known} already stored` +
    (p.pageErrors.length ? `, ${p.pageErrors.length} failed` : "") +
    (p.postponed ? `, ${p.postponed} left for a later poll (failed lately)` : "")
  );
}

/** A wait as a reader wants it: "200 ms", "45 s", "20 min". */
export function formatWait(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 120_000) return `${Math.round(ms / 1000)} s`;
  return `${Math.round(ms / 60_000)} min`;
}

/** Waits `ms`, or less if the signal stops the watch. */
async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(Math.max(0, ms), undefined, signal ? { signal } : {});
  } catch {
    // Aborted: the loop sees the signal and ends.
  }
}

/** Watches `feeds` until the signal stops it (or after one round with `once`). */
export async function watchFeeds(store: Store, feeds: string[], options: WatchOptions): Promise<WatchSummary> {
  const summary: WatchSummary = { polls: 0, feedFailures: 0, pageFailures: 0, matchesReported: 0 };
  const ceiling = options.backoffCeilingMs ?? DEFAULT_BACKOFF_CEILING_MS;
  const schedule = new FeedSchedule(feeds, options.intervalMs, ceiling, Date.now());
  const pages = new PageRetries(options.intervalMs, ceiling);
  while (!options.signal?.aborted) {
    for (const feed of schedule.due(Date.now())) {
      if (options.signal?.aborted) break;
      summary.polls++;
      try {
        const poll = await pollFeed(store, feed, options.rules, (url) => pages.waiting(url, Date.now()));
        schedule.succeeded(feed, Date.now());
        options.out(describePoll(poll));
        for (const e of poll.pageErrors) {
          pages.failed(e.input, Date.now());
          options.err(`error: ${e.message}`);
        }
        summary.pageFailures += poll.pageErrors.length;
      } catch (error) {
        summary.feedFailures++;
        const wait = schedule.failed(feed, Date.now());
        const retry = options.once ? "" : `; retrying in ${formatWait(wait)}`;
        // A FetchError's or IngestError's message starts with the feed's URL; anything else gets it here.
        const message = (error as Error).message;
        options.err(`error: feed ${message.startsWith(feed) ? message : `${feed}: ${message}`}${retry}`);
      }
    }
    summary.matchesReported += await reportWatchlists(store, { out: options.out, err: options.err, rules: options.rules });
    if (options.once) break;
    // With no feeds the watch only reports watchlists (of what workers or `ingest` store), once an interval.
    const wait = feeds.length > 0 ? schedule.nextDue() - Date.now() : options.intervalMs;
    await pause(Math.min(wait, MAX_TIMER_MS), options.signal);
  }
  return summary;
}
