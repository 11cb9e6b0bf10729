/**
 * When each feed is polled next: every interval while it answers; after failures, later and later
 * (the interval doubled per failure in a row, up to a ceiling), so that a feed that is down is
 * retried without being hammered, and a feed that comes back is polled as usual again.
 */

/** The wait after `failures` failures in a row: the interval, doubled per failure, at most `ceilingMs`. */
export function pollDelay(intervalMs: number, failures: number, ceilingMs: number): number {
  if (failures <= 0) return intervalMs;
  return Math.max(intervalMs, Math.min(intervalMs * 2 ** failures, ceilingMs));
}

/** Six hours: a feed down for a day is still tried a few times a day. */
export const DEFAULT_BACKOFF_CEILING_MS = 6 * 60 * 60 * 1000;

interface FeedState {
  failures: number;
  dueAt: number;
}

export class FeedSchedule {
  private readonly states = new Map<string, FeedState>();

  constructor(
    feeds: string[],
    private readonly intervalMs: number,
    private readonly ceilingMs: number,
    start: number,
  ) {
    for (const feed of feeds) this.states.set(feed, { failures: 0, dueAt: start });
  }

  /** The feeds due at `now`, in the order they were given. */
  due(now: number): string[] {
    return [...this.states].filter(([, s]) => s.dueAt <= now).map(([feed]) => feed);
  }

  /** When the next feed falls due; Infinity with no feeds. */
  nextDue(): number {
    return Math.min(...[...this.states.values()].map((s) => s.dueAt));
  }

  succeeded(feed: string, now: number): void {
    this.set(feed, 0, now);
  }

  /** Records a failure; returns how long until the feed is tried again. */
  failed(feed: string, now: number): number {
    return this.set(feed, (this.states.get(feed)?.failures ?? 0) + 1, now);
  }

  private set(feed: string, failures: number, now: number): number {
    const delay = pollDelay(this.intervalMs, failures, this.ceilingMs);
    this.states.set(feed, { failures, dueAt: now + delay });
    return delay;
  }
}

/** Failed pages remembered at most: a watch that runs for months must not grow without end. */
const MAX_REMEMBERED_PAGES = 10_000;

/**
 * Pages of a feed that could not be had, each left alone for a while, longer after each failure
 * (as a failing feed is), so that a dead link a feed keeps listing is not fetched at every poll.
 * Kept in memory: a restarted watch tries them again at once.
 */
export class PageRetries {
  private readonly states = new Map<string, FeedState>();

  constructor(
    private readonly intervalMs: number,
    private readonly ceilingMs: number,
  ) {}

  /** True while the page waits for its next try. */
  waiting(url: string, now: number): boolean {
    return (this.states.get(url)?.dueAt ?? 0) > now;
  }

  failed(url: string, now: number): void {
    const failures = (this.states.get(url)?.failures ?? 0) + 1;
    this.states.delete(url);
    // The oldest failure is forgotten first.
    if (this.states.size >= MAX_REMEMBERED_PAGES) this.states.delete(this.states.keys().next().value!);
    this.states.set(url, { failures, dueAt: now + pollDelay(this.intervalMs, failures, this.ceilingMs) });
  }
}
