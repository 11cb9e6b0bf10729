/**
 * Reading a word search in listing order a few days at a time (see event-search-index.ts): from
 * the first day with a match, a window of days, then one twice as wide from the next match, until
 * the page is full. A common word fills a page from its first window; a rare one is read in a few
 * widening windows, never more than its matches. The undated events (day 0) come first, alone.
 */

/** Days in the first window: about a week of a busy conflict's events. */
const FIRST_WINDOW_DAYS = 2;

/**
 * Rows of days `fromDay` to `toDay` in listing order, at most `limit` (all when undefined).
 * `nextDay(d)` is the first day from `d` on with a match (null: none); `read(from, to, limit)`
 * gives the rows of days `from` to `to` in listing order, at most `limit`.
 */
export function readByDayWindows<T>(
  fromDay: number,
  toDay: number,
  limit: number | undefined,
  nextDay: (from: number) => number | null,
  read: (from: number, to: number, limit: number | undefined) => T[],
): T[] {
  const rows: T[] = [];
  let width = FIRST_WINDOW_DAYS;
  let day = fromDay;
  while (limit === undefined || rows.length < limit) {
    const start = nextDay(day);
    if (start === null || start > toDay) break;
    // Day 0, the undated events, is a window of its own: the store reads it another way.
    const end = start === 0 ? 0 : limit === undefined ? toDay : Math.min(toDay, start + width - 1);
    rows.push(...read(start, end, limit === undefined ? undefined : limit - rows.length));
    day = end + 1;
    if (start !== 0) width *= 2;
  }
  return rows;
}
