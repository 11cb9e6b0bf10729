/**
 * One poll of one feed: fetch it, and ingest each page it lists that is not stored yet. A page
 * that cannot be had is reported and the others go on; a feed that cannot be had fails the poll.
 */

import { IngestError } from "../core/errors.ts";
import type { FetchRules } from "../fetch/fetch-resource.ts";
import { ingestBatch } from "../app/ingest-batch.ts";
import { webItem } from "../ingest/web-item.ts";
import type { Store } from "../storage/store.ts";
import { fetchFeed } from "./fetch-feed.ts";

/** What one poll did. */
export interface FeedPoll {
  feed: string;
  /** Items the feed lists. */
  items: number;
  /** Pages stored by this poll. */
  stored: number;
  /** Pages already stored, by address (not fetched) or by content (fetched, unchanged). */
  known: number;
  eventsCreated: number;
  eventsUpdated: number;
  /** Pages that could not be fetched or ingested, each naming its address (`IngestError.input`). */
  pageErrors: IngestError[];
  /** Pages left for a later poll (they failed lately; see `PageRetries`). */
  postponed: number;
}

/**
 * Polls `feedUrl` once, leaving alone the pages `postpone` names; throws IngestError naming the
 * feed when the feed itself cannot be fetched or read.
 */
export async function pollFeed(
  store: Store,
  feedUrl: string,
  rules: FetchRules,
  postpone: (url: string) => boolean = () => false,
): Promise<FeedPoll> {
  const feed = await fetchFeed(feedUrl, rules);
  const poll: FeedPoll = {
    feed: feedUrl,
    items: feed.items.length,
    stored: 0,
    known: 0,
    eventsCreated: 0,
    eventsUpdated: 0,
    pageErrors: [],
    postponed: 0,
  };
  for (const entry of feed.items) {
    if (postpone(entry.url)) {
      poll.postponed++;
      continue;
    }
    let item;
    try {
      item = await webItem(store, entry.url, rules, { title: entry.title, outlet: feed.title, published: entry.published });
    } catch (error) {
      poll.pageErrors.push(
        error instanceof IngestError ? error : new IngestError((error as Error).message, entry.url, undefined, { cause: error }),
      );
      continue;
    }
    if (!item) {
      poll.known++;
      continue;
    }
    const report = await ingestBatch(store, [item]);
    poll.pageErrors.push(...report.errors);
    for (const { result } of report.results) {
      if (!result.stored) poll.known++;
      else {
        poll.stored++;
        poll.eventsCreated += result.eventsCreated;
        poll.eventsUpdated += result.eventsUpdated;
      }
    }
  }
  return poll;
}
